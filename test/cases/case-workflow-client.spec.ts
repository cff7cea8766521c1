import { randomUUID } from 'node:crypto';
import { installTemporalRuntime, workflowCodeOptions } from '@ipc/temporal';
import { NativeConnection, Worker } from '@temporalio/worker';
import { carerCase, journeyCase } from '../../apps/api/src/cases/case-kind';
import { CaseWorkflowClient } from '../../apps/api/src/cases/case-workflow.client';
import { journeyStep, newCarer, newJourney } from '../factories/workflow-inputs.factory';
import { connectSpecTemporal, type SpecTemporal } from '../support/temporal-client';

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

const referral = () => newJourney({ referredOn: '2026-09-01' });
const identification = () => journeyStep('identification', { eligible: true, consentToShare: true }, '2026-09-03');

describe(CaseWorkflowClient.name, () => {
  let temporal: SpecTemporal;
  let workerConnection: NativeConnection;
  let worker: Worker;
  let running: Promise<void>;
  let sut: CaseWorkflowClient;

  beforeAll(async () => {
    temporal = await connectSpecTemporal('workflow-client-spec');
    const { config, client } = temporal;
    installTemporalRuntime(config.logLevel);
    workerConnection = await NativeConnection.connect({ address: config.temporal.address });
    worker = await Worker.create({
      connection: workerConnection,
      namespace: config.temporal.namespace,
      taskQueue: config.temporal.taskQueue,
      dataConverter: client.options.dataConverter,
      activities: stubbedActivities,
      ...workflowCodeOptions(config.temporal.workflowBundlePath),
    });
    running = worker.run();
    sut = temporal.workflows;
  });

  afterAll(async () => {
    worker.shutdown();
    await running;
    await workerConnection.close();
    await temporal.connection.close();
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
      await sut.start(carerCase, carerId, newCarer({ carerId }));

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
        journeyStep('activation', { score: 50 }, '2026-09-03'),
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

      const sent = await sut.sendStep(journeyCase, journey.participantId, {
        ...identification(),
        effectiveDate: '2026-08-01',
      });

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
