import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { type AppConfig, createJsonLogger } from '@ipc/config';
import { AppModule } from './app.module';
import { createValidationPipe } from './problem/validation';

/** Builds the HTTP app exactly as it runs, for main.ts and for the end-to-end tests. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule, { logger: createJsonLogger(config) });
  app.setGlobalPrefix('api/v1', { exclude: ['health', 'metrics'] });
  app.useGlobalPipes(createValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('IPC pathway engine')
      .setDescription('Carries people through Integrated Personal Commissioning, one durable journey per person.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
