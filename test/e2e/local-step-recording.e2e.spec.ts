import { randomUUID } from 'node:crypto';
import { loadConfig } from '@ipc/config';
import { createDataConverter, journeyWorkflowId } from '@ipc/temporal';
import { journeyWorkflow, recordStepUpdate } from '@ipc/workflows';
import { Context } from '@temporalio/activity';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createJourneyActivities } from '../../apps/worker/src/activities/journey.activities';
import { journeyStep, newJourney } from '../factories/workflow-inputs.factory';
import { journeyActivityRepositories } from '../support/journey-activity-repositories';
import { insertParticipant, openRunDatabase, ownSiteId } from '../support/persistence-database';
import { startTimeSkippingServer } from '../support/time-skipping';

const REVIEW_REMINDERS = { leadDays: [28], escalationAfterDays: 14 };

describe('Steps recorded by a local activity', () => {
  const config = loadConfig();
  let env: TestWorkflowEnvironment;
  let dataSource: DataSource;

  beforeAll(async () => {
    env = await startTimeSkippingServer(config);
    dataSource = await openRunDatabase();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await env?.teardown();
  });

  it('should write nothing twice when the local activity runs again after its write committed', async () => {
    const siteId = ownSiteId();
    const participantId = await insertParticipant(dataSource, siteId, 'team-wf');
    const recording = createJourneyActivities({
      ...journeyActivityRepositories(dataSource),
      reviewReminders: REVIEW_REMINDERS,
    });
    const attempts: number[] = [];
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: `local-steps-${randomUUID()}`,
      workflowBundle: { codePath: String(config.temporal.workflowBundlePath) },
      dataConverter: createDataConverter(config.temporal.payloadKey),
      activities: {
        ...recording,
        // The write commits, then the attempt fails as if its worker had died before the task completed.
        async recordJourneyStep(input: Parameters<typeof recording.recordJourneyStep>[0]) {
          const { attempt, isLocal } = Context.current().info;
          attempts.push(attempt);
          await recording.recordJourneyStep(input);
          if (!isLocal) throw new Error('steps are recorded by a local activity since steps-recorded-locally');
          if (attempt === 1) throw new Error('worker lost after the commit');
        },
      },
    });

    const steps = [
      journeyStep('identification', { eligible: true, consentToShare: true }, '2026-01-06'),
      journeyStep(
        'offer',
        { informationFormat: 'standard', language: 'en', advocacy: 'declined', communityConnectorId: 'cc' },
        '2026-01-07',
      ),
    ];
    const answers = await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(journeyWorkflow, {
        workflowId: journeyWorkflowId(participantId),
        taskQueue: worker.options.taskQueue,
        args: [newJourney({ participantId, siteId, referredOn: '2026-01-05' })],
      });
      const stages: string[] = [];
      for (const step of steps) {
        stages.push((await handle.executeUpdate(recordStepUpdate, { args: [step], updateId: step.requestId })).stage);
      }
      const { events } = await handle.fetchHistory();
      await handle.terminate();
      return { stages, events: events ?? [] };
    });

    expect(attempts).toEqual([1, 2, 1, 2]);
    expect(answers.stages).toEqual(['identified', 'offered']);
    expect(answers.events.filter((event) => event.activityTaskScheduledEventAttributes)).toEqual([]);
    const timeline = await dataSource.query<{ sequence: number; step: string }[]>(
      'SELECT sequence, step FROM journey_steps WHERE participant_id = $1 ORDER BY sequence',
      [participantId],
    );
    expect(timeline).toEqual([
      { sequence: 0, step: 'referral' },
      { sequence: 1, step: 'identification' },
      { sequence: 2, step: 'offer' },
    ]);
    const [participant] = await dataSource.query<{ stage: string; journey_sequence: number }[]>(
      'SELECT stage, journey_sequence FROM participants WHERE id = $1',
      [participantId],
    );
    expect(participant).toEqual({ stage: 'offered', journey_sequence: 2 });
  }, 60_000);
});
