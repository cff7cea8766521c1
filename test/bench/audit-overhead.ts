import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { createApiApp } from '../../apps/api/src/api-app';
import { type HttpCreated, type HttpTarget, walkJourneysOverHttp } from './http-journeys';
import { mergeRecorders, PathRecorder } from './path-recorder';

/** Two APIs in this process, alike but for the audit, in front of the running stack's Temporal and worker. */
export interface AuditComparisonApis {
  audited: HttpTarget;
  unaudited: HttpTarget;
  close(): Promise<void>;
}

async function listening(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

export async function startAuditComparisonApis(token: string): Promise<AuditComparisonApis> {
  const audited = await createApiApp();
  const unaudited = await createApiApp({ auditOffForBenchmark: true });
  return {
    audited: { apiUrl: await listening(audited), token },
    unaudited: { apiUrl: await listening(unaudited), token },
    async close() {
      await audited.close();
      await unaudited.close();
    },
  };
}

/**
 * Walks the people through both APIs in four quarters, on-off-off-on, so a machine that slows or
 * speeds up during the run weighs on both alike; returns each API's runs merged.
 */
export async function compareAuditOverhead(
  apis: AuditComparisonApis,
  nhsNumbers: readonly string[],
  concurrency: number,
  created: HttpCreated,
): Promise<{ audited: PathRecorder; unaudited: PathRecorder }> {
  const quarter = Math.ceil(nhsNumbers.length / 4);
  const runs = { audited: [] as PathRecorder[], unaudited: [] as PathRecorder[] };
  const order = ['audited', 'unaudited', 'unaudited', 'audited'] as const;
  for (const [index, which] of order.entries()) {
    const recorder = new PathRecorder(which);
    const people = nhsNumbers.slice(index * quarter, (index + 1) * quarter);
    await walkJourneysOverHttp(apis[which], people, concurrency, recorder, created);
    runs[which].push(recorder);
  }
  return {
    audited: mergeRecorders('HTTP API, audit on', runs.audited),
    unaudited: mergeRecorders('HTTP API, audit off', runs.unaudited),
  };
}
