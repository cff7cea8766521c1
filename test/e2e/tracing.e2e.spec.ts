import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { referralBody } from '../factories/referral.factory';
import { stepBodies } from '../factories/steps.factory';
import { eventually } from '../support/eventually';
import { freePort } from '../support/ports';
import { staff } from '../support/test-staff';
import { spawnApi, spawnWorker, type WorkerProcess } from '../support/worker-process';

interface ExportedSpan {
  service: string;
  name: string;
  attributes: Record<string, unknown>;
}

/** What an OTLP/HTTP JSON export holds, flattened to one entry per span with its service. */
function spansOf(body: {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: { spans?: { name: string; attributes?: { key: string; value: Record<string, unknown> }[] }[] }[];
  }[];
}): ExportedSpan[] {
  return (body.resourceSpans ?? []).flatMap((resource) => {
    const service = resource.resource?.attributes?.find((entry) => entry.key === 'service.name')?.value.stringValue;
    return (resource.scopeSpans ?? []).flatMap((scope) =>
      (scope.spans ?? []).map((span) => ({
        service: String(service),
        name: span.name,
        attributes: Object.fromEntries(
          (span.attributes ?? []).map((entry) => [entry.key, Object.values(entry.value)[0]]),
        ),
      })),
    );
  });
}

describe('traces exported by OTLP from the API and the worker processes', () => {
  const spans: ExportedSpan[] = [];
  const exports: string[] = [];
  let collector: Server;
  let api: WorkerProcess;
  let worker: WorkerProcess;
  let apiUrl: string;

  beforeAll(async () => {
    // A collector's OTLP/HTTP endpoint: it keeps every export it is sent.
    collector = createServer((incoming, answer) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
      incoming.on('end', () => {
        if (incoming.url === '/v1/traces') {
          exports.push(body);
          spans.push(...spansOf(JSON.parse(body)));
        }
        answer.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((listening) => collector.listen(0, '127.0.0.1', listening));
    const otel = {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '200',
    };
    const taskQueue = `ipc-tracing-${randomUUID()}`;
    const port = await freePort();
    apiUrl = `http://127.0.0.1:${port}`;
    [worker, api] = await Promise.all([spawnWorker(taskQueue, otel), spawnApi(taskQueue, port, otel)]);
  }, 120_000);

  afterAll(async () => {
    for (const child of [api, worker]) {
      child?.child.kill('SIGTERM');
      await child?.exited;
    }
    await new Promise((closed) => collector.close(closed));
  });

  it('should trace a referral and a step through HTTP, PostgreSQL and Temporal, with no personal detail', async () => {
    const http = request(apiUrl);
    const auth = { Authorization: `Bearer ${staff.coordinator.token}` };
    const referral = referralBody();
    const referred = await http
      .post('/api/v1/participants')
      .set(auth)
      .set('Idempotency-Key', randomUUID())
      .send(referral);
    expect(referred.status).toBe(201);
    await http
      .post(`/api/v1/participants/${referred.body.id}/identification`)
      .set(auth)
      .set('Idempotency-Key', randomUUID())
      .send(stepBodies.identification({}))
      .expect(200);
    await http
      .get('/api/v1/participants/search')
      .query({ q: `${referral.details.givenName} ${referral.nhsNumber}` })
      .set(auth)
      .expect(200);

    await eventually(
      async () => spans,
      (seen) =>
        seen.some((span) => span.service === 'ipc-api' && /^StartWorkflow/.test(span.name)) &&
        seen.some((span) => span.service === 'ipc-api' && span.attributes['db.system.name'] === 'postgresql') &&
        seen.some((span) => span.service === 'ipc-api' && span.name.startsWith('POST')) &&
        seen.some((span) => span.service === 'ipc-api' && span.name.startsWith('GET')) &&
        seen.some((span) => span.service === 'ipc-worker'),
    );
    const everything = exports.join('\n');
    expect(everything).toContain(referred.body.id);
    expect(everything).not.toContain(referral.nhsNumber);
    expect(everything).not.toContain(referral.details.givenName);
    expect(everything).not.toContain(referral.details.familyName);
  });
});
