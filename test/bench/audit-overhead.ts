import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { AuditEntriesRepository } from '@ipc/persistence';
import { createApiApp } from '../../apps/api/src/api-app';
import { type HttpCreated, type HttpTarget, walkJourneysOverHttp } from './http-journeys';
import { mergeRecorders, PathRecorder } from './path-recorder';

/** Two APIs in this process, alike but for the audit, in front of the running stack's Temporal and worker. */
export interface AuditComparisonApis {
  audited: HttpTarget;
  unaudited: HttpTarget;
  /** What the audited API writes each entry with. */
  entries: AuditEntriesRepository;
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
    entries: audited.get(AuditEntriesRepository),
    async close() {
      await audited.close();
      await unaudited.close();
    },
  };
}

/** Blocks of people, alternating on-off-off-on, so a machine that slows or speeds up during the run weighs on both alike. */
const BLOCK_ORDER = [
  'audited',
  'unaudited',
  'unaudited',
  'audited',
  'unaudited',
  'audited',
  'audited',
  'unaudited',
] as const;

/** Walks the people through both APIs in the blocks of BLOCK_ORDER; returns each API's runs merged. */
export async function compareAuditOverhead(
  apis: AuditComparisonApis,
  nhsNumbers: readonly string[],
  concurrency: number,
  created: HttpCreated,
): Promise<{ audited: PathRecorder; unaudited: PathRecorder }> {
  const block = Math.ceil(nhsNumbers.length / BLOCK_ORDER.length);
  const runs = { audited: [] as PathRecorder[], unaudited: [] as PathRecorder[] };
  for (const [index, which] of BLOCK_ORDER.entries()) {
    const recorder = new PathRecorder(which);
    const people = nhsNumbers.slice(index * block, (index + 1) * block);
    await walkJourneysOverHttp(apis[which], people, concurrency, recorder, created);
    runs[which].push(recorder);
  }
  return {
    audited: mergeRecorders('HTTP API, audit on', runs.audited),
    unaudited: mergeRecorders('HTTP API, audit off', runs.unaudited),
  };
}

/**
 * The audit's own cost, without the noise of whole journeys: `count` entries appended one after
 * another to the bench site's chain, as the interceptor appends them (one INSERT, the chain trigger).
 */
export async function timeAuditAppends(apis: AuditComparisonApis, siteId: string, count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await apis.entries.append({
      siteId,
      staffId: 'bench',
      staffRole: 'care-coordinator',
      recordKind: 'participant',
      recordId: null,
      part: 'list',
      accessReason: null,
      requestId: `bench-audit-${index}`,
      method: 'GET',
      route: '/api/v1/participants',
      status: 200,
    });
    latencies.push(performance.now() - started);
  }
  return latencies;
}
