import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, createJsonLogger } from '@ipc/config';
import { AppModule } from './app.module';
import { setUpOpenApi } from './openapi';
import { createValidationPipe } from './problem/validation';

/** Builds the HTTP app exactly as it runs, for main.ts and for the end-to-end tests. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule, { logger: createJsonLogger(config) });
  app.setGlobalPrefix('api/v1', { exclude: ['health', 'metrics'] });
  app.useGlobalPipes(createValidationPipe());
  setUpOpenApi(app);
  return app;
}
