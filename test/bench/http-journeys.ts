import { randomUUID } from 'node:crypto';
import { forEachConcurrently } from './concurrency-pool';
import { FINAL_STAGE, stepsToAgreedPlan } from './journey-steps';
import { type PathRecorder, timed, timeWall } from './path-recorder';

/** Bounds every request so a stuck API fails the run instead of hanging it. */
const REQUEST_TIMEOUT_MS = 60_000;

export interface HttpTarget {
  apiUrl: string;
  token: string;
}

/** Everything the run created over HTTP, so cleanup can find it even after a failure. */
export interface HttpCreated {
  participantIds: string[];
}

class HttpFailure extends Error {
  constructor(readonly status: string) {
    super(status);
  }
}

/** A failure's status for the report: `HTTP 409`, or the network error's code or name. */
function failureStatus(error: unknown): string {
  if (error instanceof HttpFailure) return error.status;
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code ?? (error instanceof Error ? error.name : 'unknown error');
}

async function postJson(target: HttpTarget, path: string, body: object): Promise<Record<string, unknown>> {
  const response = await fetch(`${target.apiUrl}/api/v1/participants${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${target.token}`,
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  // Reading the body in full lets the connection go back to the keep-alive pool.
  const text = await response.text();
  if (!response.ok) throw new HttpFailure(`HTTP ${response.status}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** The referral every benchmark person gets (only the NHS number differs). */
export function referralBody(nhsNumber: string): Record<string, unknown> {
  return {
    nhsNumber,
    dateOfBirth: '1950-03-14',
    cohort: 'multiple-long-term-conditions',
    referralSource: 'gp-referral',
    details: { givenName: 'Bench', familyName: 'Person' },
  };
}

async function refer(target: HttpTarget, nhsNumber: string, recorder: PathRecorder): Promise<string> {
  const { result, milliseconds } = await timed(() => postJson(target, '', referralBody(nhsNumber)));
  recorder.recordStart(milliseconds);
  return String(result.id);
}

/** One person from referral to an agreed plan; the first failure ends their journey. */
async function walkOnePerson(target: HttpTarget, nhsNumber: string, recorder: PathRecorder, created: HttpCreated) {
  try {
    const participantId = await refer(target, nhsNumber, recorder);
    created.participantIds.push(participantId);
    let stage: unknown;
    for (const step of stepsToAgreedPlan()) {
      const { result, milliseconds } = await timed(() =>
        postJson(target, `/${participantId}/${step.httpPath}`, step.httpBody),
      );
      recorder.recordStep(step.name, milliseconds);
      stage = result.stage;
    }
    if (stage !== FINAL_STAGE) throw new HttpFailure(`ended in stage ${String(stage)}`);
    recorder.completedJourneys++;
  } catch (error) {
    recorder.recordFailure(failureStatus(error));
  }
}

export async function walkJourneysOverHttp(
  target: HttpTarget,
  nhsNumbers: readonly string[],
  concurrency: number,
  recorder: PathRecorder,
  created: HttpCreated,
): Promise<void> {
  await timeWall(recorder, () =>
    forEachConcurrently(nhsNumbers, concurrency, (nhsNumber) => walkOnePerson(target, nhsNumber, recorder, created)),
  );
}
