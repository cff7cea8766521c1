import { randomUUID } from 'node:crypto';
import { type AppConfig, loadConfig } from '@ipc/config';
import { type AnyJourneyStep, carerMilestones, type NewJourney } from '@ipc/domain';
import { createDataConverter, installTemporalRuntime, workflowCodeOptions } from '@ipc/temporal';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { carerCase, journeyCase } from '../../apps/api/src/cases/case-kind';
import { CaseWorkflowClient } from '../../apps/api/src/cases/case-workflow.client';

/** The workflows' activities, stubbed: this spec is about what the client asks and how it reads the answers. */
const stubbedActivities = {
  recordJourneyStep: async () => undefined,
  issueAnnualStatement: async () => undefined,
  loadReviewSchedule: async () => ({ rules: [], reminderLeadDays: [], escalationAfterDays: 14 }),
  requestReminder: async () => undefined,
  requestJourneyReminders: async () => [],
  recordCarerStep: async () => undefined,
  carerTransitionDue: async () => undefined,
  carerTransitionOverdue: async () => undefined,
};

const referral = (): NewJourney => ({
  participantId: randomUUID(),
  siteId: 'site-a',
  teamId: 'team-a1',
  cohort: 'multiple-long-term-conditions',
  referredOn: '2026-09-01',
});

const identification = (overrides: Partial<AnyJourneyStep> = {}) =>
  ({
    name: 'identification',
    requestId: randomUUID(),
    actor: { staffId: 'coordinator-a', teamId: 'team-a1' },
    effectiveDate: '2026-09-03',
    payload: { eligible: true, consentToShare: true },
    ...overrides,
  }) as AnyJourneyStep;

describe(CaseWorkflowClient.name, () => {
  let config: AppConfig;
  let connection: Connection;
  let workerConnection: NativeConnection;
  let worker: Worker;
  let running: Promise<void>;
  let sut: CaseWorkflowClient;

  beforeAll(async () => {
    process.env.TEMPORAL_TASK_QUEUE = `ipc-test-${randomUUID()}`;
    config = loadConfig();
    installTemporalRuntime(config.logLevel);
    const dataConverter = createDataConverter(config.temporal.payloadKey);
    workerConnection = await NativeConnection.connect({ address: config.temporal.address });
    worker = await Worker.create({
      connection: workerConnection,
      namespace: config.temporal.namespace,
      taskQueue: config.temporal.taskQueue,
      dataConverter,
      activities: stubbedActivities,
      ...workflowCodeOptions(config.temporal.workflowBundlePath),
    });
    running = worker.run();
    connection = await Connection.connect({ address: config.temporal.address });
    const client = new Client({ connection, namespace: config.temporal.namespace, dataConverter });
    sut = new CaseWorkflowClient(client, config);
  });

  afterAll(async () => {
    worker.shutdown();
    await running;
    await workerConnection.close();
    await connection.close();
  });

  describe('start', () => {
    it("should start the kind's workflow under its id, and find it running when started again", async () => {
      const journey = referral();

      await sut.start(journeyCase, journey.participantId, journey);
      await sut.start(journeyCase, journey.participantId, journey);

      await expect(sut.query(journeyCase, journey.participantId)).resolves.toMatchObject({ stage: 'referred' });
    });

    it("should start a carer's workflow with the carer's input", async () => {
      const carerId = randomUUID();
      await sut.start(carerCase, carerId, {
        carerId,
        siteId: 'site-a',
        teamId: 'team-a1',
        kind: 'adult-carer',
        identifiedOn: '2026-09-01',
        transitionsFrom: '2026-09-01',
        milestones: carerMilestones({ kind: 'adult-carer', dateOfBirth: '1961-03-17' }),
        transitionLeadDays: 28,
        escalationAfterDays: 14,
      });

      await expect(sut.query(carerCase, carerId)).resolves.toMatchObject({ stage: 'identified' });
    });
  });

  describe('sendStep', () => {
    it('should answer an accepted step with the state after it, once per request id', async () => {
      const journey = referral();
      await sut.start(journeyCase, journey.participantId, journey);
      const step = identification();

      const first = await sut.sendStep(journeyCase, journey.participantId, step);
      const again = await sut.sendStep(journeyCase, journey.participantId, step);

      expect(first).toEqual({ outcome: 'accepted', view: expect.objectContaining({ stage: 'identified' }) });
      expect(again).toEqual(first);
    });

    it('should turn a step the stage does not allow into a 409 naming the stage and the steps allowed', async () => {
      const journey = referral();
      await sut.start(journeyCase, journey.participantId, journey);

      const sent = await sut.sendStep(
        journeyCase,
        journey.participantId,
        identification({ name: 'activation', payload: { score: 50 } } as Partial<AnyJourneyStep>),
      );

      expect(sent).toMatchObject({
        outcome: 'refused',
        problem: {
          problem: {
            status: 409,
            type: expect.stringContaining('illegal-step'),
            detail: expect.stringContaining('activation is not allowed while the journey is referred'),
            stage: 'referred',
            allowedSteps: expect.arrayContaining(['identification']),
          },
        },
      });
    });

    it('should turn a broken rule into a 400 naming the field', async () => {
      const journey = referral();
      await sut.start(journeyCase, journey.participantId, journey);

      const sent = await sut.sendStep(
        journeyCase,
        journey.participantId,
        identification({ effectiveDate: '2026-08-01' }),
      );

      expect(sent).toMatchObject({
        outcome: 'refused',
        problem: { problem: { status: 400, errors: [{ field: 'effectiveDate', reason: expect.any(String) }] } },
      });
    });

    it('should say the workflow is gone when there is none for the case', async () => {
      await expect(sut.sendStep(journeyCase, randomUUID(), identification())).resolves.toEqual({ outcome: 'gone' });
    });
  });
});
