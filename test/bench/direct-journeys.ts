import { randomUUID } from 'node:crypto';
import type { NewJourney, StepActor } from '@ipc/domain';
import { ParticipantEntity } from '@ipc/persistence';
import { journeyWorkflowId } from '@ipc/temporal';
import { recordStepUpdate } from '@ipc/workflows';
import { ApplicationFailure } from '@temporalio/common';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { forEachConcurrently } from './concurrency-pool';
import { FINAL_STAGE, stepsToAgreedPlan, toJourneyStep } from './journey-steps';
import { type PathRecorder, timed, timeWall } from './path-recorder';

/** The same bound as an HTTP request, so both paths fail alike when the engine stalls. */
const CALL_DEADLINE_MS = 60_000;
const BENCH_TEAM_ID = 'bench-team';
const BENCH_ACTOR: StepActor = { staffId: 'bench-coordinator', teamId: BENCH_TEAM_ID };

export interface DirectTarget {
  client: Client;
  taskQueue: string;
}

/** Every workflow the run started straight through Temporal, so cleanup can terminate them. */
export interface DirectCreated {
  workflowIds: string[];
}

class UnexpectedStage extends Error {
  constructor(readonly stage: string) {
    super(`ended in stage ${stage}`);
  }
}

/** A failure's status for the report: the error's name and, for a refused update, the refusal type. */
function failureStatus(error: unknown): string {
  if (error instanceof UnexpectedStage) return error.message;
  if (!(error instanceof Error)) return 'unknown error';
  return error.cause instanceof ApplicationFailure ? `${error.name}: ${error.cause.type}` : error.name;
}

/**
 * The journey activity writes timeline rows with a foreign key to participants, so each direct
 * journey needs its participant row first, or the activity would retry forever. Inserted in one
 * statement before the clock starts: the floor measures the engine, not this setup.
 */
export async function insertDirectParticipants(
  dataSource: DataSource,
  siteId: string,
  nhsNumbers: readonly string[],
  referredOn: string,
): Promise<NewJourney[]> {
  const journeys = nhsNumbers.map((): NewJourney => ({
    participantId: randomUUID(),
    siteId,
    teamId: BENCH_TEAM_ID,
    cohort: 'multiple-long-term-conditions',
    referredOn,
  }));
  const rows = journeys.map((journey, index) => ({
    id: journey.participantId,
    siteId,
    teamId: journey.teamId,
    nhsNumber: nhsNumbers[index],
    dateOfBirth: '1950-03-14',
    cohort: journey.cohort,
    referralSource: 'gp-referral',
    referredBy: BENCH_ACTOR.staffId,
    referralRequestId: randomUUID(),
    referredOn,
    stage: 'referred',
    stageEnteredOn: referredOn,
    journeySequence: 0,
    stageDates: { referred: referredOn },
  }));
  await dataSource.getRepository(ParticipantEntity).insert(rows);
  return journeys;
}

function withDeadline<T>(client: Client, call: () => Promise<T>): Promise<T> {
  return client.withDeadline(Date.now() + CALL_DEADLINE_MS, call);
}

/** One journey from start to an agreed plan through the Temporal client; the first failure ends it. */
async function walkOneJourney(
  target: DirectTarget,
  journey: NewJourney,
  recorder: PathRecorder,
  created: DirectCreated,
) {
  const { client, taskQueue } = target;
  const workflowId = journeyWorkflowId(journey.participantId);
  try {
    created.workflowIds.push(workflowId);
    const { result: handle, milliseconds } = await timed(() =>
      withDeadline(client, () => client.workflow.start('journeyWorkflow', { workflowId, taskQueue, args: [journey] })),
    );
    recorder.recordStart(milliseconds);
    let stage: string | undefined;
    for (const benchStep of stepsToAgreedPlan()) {
      const step = toJourneyStep(benchStep, BENCH_ACTOR, journey.referredOn);
      const { result, milliseconds: stepMilliseconds } = await timed(() =>
        withDeadline(client, () => handle.executeUpdate(recordStepUpdate, { args: [step], updateId: step.requestId })),
      );
      recorder.recordStep(step.name, stepMilliseconds);
      stage = result.stage;
    }
    if (stage !== FINAL_STAGE) throw new UnexpectedStage(String(stage));
    recorder.completedJourneys++;
  } catch (error) {
    recorder.recordFailure(failureStatus(error));
  }
}

export async function walkJourneysDirect(
  target: DirectTarget,
  journeys: readonly NewJourney[],
  concurrency: number,
  recorder: PathRecorder,
  created: DirectCreated,
): Promise<void> {
  await timeWall(recorder, () =>
    forEachConcurrently(journeys, concurrency, (journey) => walkOneJourney(target, journey, recorder, created)),
  );
}
