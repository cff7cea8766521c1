import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NativeLogger } from 'nestjs-pino';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import { AuditRecording } from './audit/audit-recording';
import { codecCors } from './codec/codec-cors';
import { answerMalformedRequestsWithProblems } from './http/client-errors';
import { JSON_BODY_LIMIT_BYTES, JSON_MEDIA_TYPES } from './http/media-types';
import { answerUnroutedRequests } from './http/unrouted-requests';
import { setUpOpenApi } from './openapi';
import { mountQueueBoard } from './queues/queue-board';
import { createValidationPipe } from './problem/validation';

const API_PREFIX = 'api/v1';

/** Every API answer is about a person or a site's figures: no browser or proxy may keep a copy. */
function noStore(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}

/** Builds and initialises the HTTP app exactly as it runs, for main.ts and for the end-to-end tests. */
export async function createApiApp(options: { auditOffForBenchmark?: boolean } = {}): Promise<INestApplication> {
  // Only JSON is parsed for every route (no urlencoded forms); routes that take more declare it with @Consumes.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(NativeLogger));
  answerMalformedRequestsWithProblems(app.getHttpServer());
  app.disable('x-powered-by');
  app.use(
    helmet({
      // The docs and the dev stack are served over plain HTTP; TLS, where there is one, ends in front of the API.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    }),
  );
  app.enableCors(codecCors(app.get<AppConfig>(APP_CONFIG).temporal.codecCorsOrigins));
  app.use(`/${API_PREFIX}`, noStore);
  app.useBodyParser('json', { type: [...JSON_MEDIA_TYPES], limit: JSON_BODY_LIMIT_BYTES });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'health/live', 'health/ready', 'metrics'] });
  app.useGlobalPipes(createValidationPipe());
  setUpOpenApi(app);
  mountQueueBoard(app);
  // Only the step benchmark's comparison asks, in code; AuditRecording refuses in production.
  if (options.auditOffForBenchmark) app.get(AuditRecording).turnOffForBenchmark();
  await app.init();
  answerUnroutedRequests(app);
  return app;
}
