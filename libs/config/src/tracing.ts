import type { IncomingMessage } from 'node:http';
import type { Span } from '@opentelemetry/api';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { NestInstrumentation } from '@opentelemetry/instrumentation-nestjs-core';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { tracingConfigured } from './tracing-configured';

/** Probes and scrapes would be most of the traces and say nothing about a person's step. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|$|\?)/;
/** URL attributes that can carry a query string: a search's name, NHS number or postcode. */
const URL_ATTRIBUTES = ['url.full', 'url.query', 'http.target', 'http.url'];

/** A span keeps a request's path (ids only) and never its query string. */
function dropQueryStrings(span: Span): void {
  const attributes = (span as unknown as { attributes?: Record<string, unknown> }).attributes ?? {};
  for (const name of URL_ATTRIBUTES) {
    const value = attributes[name];
    if (typeof value === 'string' && value.includes('?'))
      span.setAttribute(name, value.replace(/\?.*$/, '?[redacted]'));
  }
  if (typeof attributes['url.query'] === 'string') span.setAttribute('url.query', '[redacted]');
}

/**
 * OpenTelemetry traces for one process, exported by OTLP (endpoint, protocol and headers from the
 * standard `OTEL_EXPORTER_OTLP_*` variables) when an endpoint is configured; otherwise nothing is
 * loaded. HTTP, Express, Nest, PostgreSQL and Redis are traced; statements are recorded without
 * their values and URLs without their query strings, so no personal detail reaches a trace.
 * Started before the application's modules load, so their libraries are instrumented; shut down
 * after the application closes, so what is still buffered goes out.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): NodeSDK | undefined {
  if (!tracingConfigured(env)) return undefined;
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? serviceName,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => UNTRACED_PATHS.test(request.url ?? ''),
        requestHook: dropQueryStrings,
      }),
      new ExpressInstrumentation(),
      new NestInstrumentation(),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
      new IORedisInstrumentation(),
    ],
  });
  sdk.start();
  return sdk;
}
