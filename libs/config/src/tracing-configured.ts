/**
 * Whether traces are wanted: an OTLP endpoint is configured (the SDK's own variables). Apart from
 * the tracing set-up, so that libraries ask without loading OpenTelemetry's SDK.
 */
export const tracingConfigured = (env: NodeJS.ProcessEnv = process.env): boolean =>
  Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
