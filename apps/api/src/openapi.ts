import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { applyValidationConstraints } from './openapi-constraints';
import { NOTIFY_CALLBACK_AUTH } from './reminders/notify-receipts.controller';

type Schema = Record<string, unknown>;

/**
 * Request bodies are validated with `forbidNonWhitelisted`: a property the DTO does not declare is
 * refused with 400. The document says so (`additionalProperties: false`) on every schema a request
 * body reaches, unless the schema sets its own rule (free-form maps such as `other`).
 */
function closeRequestSchemas(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const closed = new Set<string>();
  const visit = (schema: unknown): void => {
    if (!schema || typeof schema !== 'object') return;
    const node = schema as Schema;
    if (typeof node.$ref === 'string') {
      const name = node.$ref.replace('#/components/schemas/', '');
      if (closed.has(name) || !schemas[name]) return;
      closed.add(name);
      visit(schemas[name]);
      return;
    }
    if (node.properties && node.additionalProperties === undefined) node.additionalProperties = false;
    for (const child of Object.values((node.properties as Schema | undefined) ?? {})) visit(child);
    for (const key of ['items', 'allOf', 'oneOf', 'anyOf']) {
      const value = node[key];
      for (const child of Array.isArray(value) ? value : [value]) visit(child);
    }
  };
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path)) {
      const content = (operation as { requestBody?: { content?: Record<string, { schema?: unknown }> } }).requestBody
        ?.content;
      for (const media of Object.values(content ?? {})) visit(media.schema);
    }
  }
}

/** The API's OpenAPI document, served at /api/docs (JSON at /api/docs/openapi.json). */
export function setUpOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('IPC pathway engine')
      .setDescription('Carries people through Integrated Personal Commissioning, one durable journey per person.')
      .setVersion('1')
      // Opaque staff tokens (STAFF_TOKENS), not JWTs: the scheme says only that it is a bearer token.
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: "A staff member's token" })
      .addBearerAuth(
        { type: 'http', scheme: 'bearer', description: 'NOTIFY_CALLBACK_TOKEN, as given to GOV.UK Notify' },
        NOTIFY_CALLBACK_AUTH,
      )
      .build(),
  );
  applyValidationConstraints(document);
  closeRequestSchemas(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
}
