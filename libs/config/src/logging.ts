import type { DynamicModule } from '@nestjs/common';
import { LoggerModule, nativeLoggerOptions } from 'nestjs-pino';
import type { Request, Response } from 'express';
import type { Options } from 'pino-http';
import type { AppConfig } from './app-config';
import { APP_CONFIG } from './config.module';
import { requestIdOf } from './request-id';

/**
 * Fields that name or locate a person. Callers log ids and codes only; should one of these reach a
 * logged object anyway (an error's context, a request's parameters), pino writes `[Redacted]`.
 */
export const PERSONAL_FIELDS = [
  'nhsNumber',
  'dateOfBirth',
  'givenName',
  'familyName',
  'name',
  'address',
  'postcode',
  'email',
  'phone',
  'details',
  'narrative',
] as const;

/** The field itself and at up to three levels down, the depth our log objects go. */
const REDACTED_PATHS = [
  ...PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`, `*.*.*.${field}`]),
  'req.headers.authorization',
  'req.headers.cookie',
];

/** What a request's log line says about it: no headers, no body, no query string (a search's names). */
const serializers: Options['serializers'] = {
  req: (request: { id?: unknown; method?: string; url?: string }) => ({
    id: request.id,
    method: request.method,
    path: request.url?.split('?')[0],
  }),
  res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
};

/** Probes and scrapes, every few seconds: their lines would drown the requests people make. */
const QUIET_PATHS = /^\/(health|metrics)(\/|$|\?)/;

/**
 * The engine's pino options: JSON lines shaped as Nest's JSON console logger wrote them (level,
 * pid, timestamp, message, context), at LOG_LEVEL, with personal fields redacted. In an HTTP app,
 * one line per request (method, path without its query, status, time taken) under the request's
 * id, the one the audit records and the answer's `X-Request-Id` carries; app logs made during the
 * request carry it too. The same options in every process: nestjs-pino keeps one root logger per
 * process, so an API and a worker sharing one (in tests, the bench) must not differ.
 */
export function pinoOptions(config: Pick<AppConfig, 'logLevel'>): Options {
  return {
    ...nativeLoggerOptions,
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS },
    serializers,
    genReqId: (request, response) => requestIdOf(request as Request, response as Response),
    quietReqLogger: true,
    autoLogging: { ignore: (request) => QUIET_PATHS.test(request.url ?? '') },
  };
}

/**
 * The logger of every process (`nestjs-pino`): create the app with `bufferLogs: true` and hand it
 * `app.get(NativeLogger)`, so existing `new Logger(Context)` calls keep their output.
 */
export function loggingModule(): DynamicModule {
  return LoggerModule.forRootAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({ pinoHttp: pinoOptions(config) }),
  });
}
