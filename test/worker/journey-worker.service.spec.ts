import { randomUUID } from 'node:crypto';
import type { AppConfig } from '@ipc/config';
import type { ReminderProducer } from '@ipc/notifications';
import type {
  BudgetsRepository,
  CarePlansRepository,
  CarersRepository,
  JourneyRecordsRepository,
  ReviewsRepository,
  SpendRepository,
} from '@ipc/persistence';
import { installTemporalRuntime } from '@ipc/temporal';
import { journeyCase } from '../../apps/api/src/cases/case-kind';
import type { CaseWorkflowClient } from '../../apps/api/src/cases/case-workflow.client';
import { JourneyWorkerService } from '../../apps/worker/src/journey-worker.service';
import { journeyStep, newJourney } from '../factories/workflow-inputs.factory';
import { InMemoryCarersRepository } from '../in-memory/in-memory-carers.repository';
import { InMemoryJourneyRecords, InMemoryReviews } from '../in-memory/journey-stores';
import { connectSpecTemporal, type SpecTemporal } from '../support/temporal-client';

const referral = () => newJourney({ referredOn: '2026-09-01' });
const identification = () => journeyStep('identification', { eligible: true, consentToShare: true }, '2026-09-03');

describe(JourneyWorkerService.name, () => {
  let temporal: SpecTemporal;
  let config: AppConfig;
  let workflows: CaseWorkflowClient;

  beforeAll(async () => {
    temporal = await connectSpecTemporal('worker-spec');
    ({ config, workflows } = temporal);
    installTemporalRuntime(config.logLevel);
  });

  afterAll(() => temporal.connection.close());

  /** The service over in-memory records; plans, spend and budgets are not reached by these steps. */
  function setup() {
    const journeyRecords = new InMemoryJourneyRecords();
    const unused = null as never;
    const sut = new JourneyWorkerService(
      config,
      { request: async () => ({ reminderId: randomUUID(), status: 'queued' }) } as unknown as ReminderProducer,
      journeyRecords as unknown as JourneyRecordsRepository,
      new InMemoryReviews() as unknown as ReviewsRepository,
      unused as CarePlansRepository,
      unused as SpendRepository,
      unused as BudgetsRepository,
      new InMemoryCarersRepository() as unknown as CarersRepository,
    );
    return { sut, journeyRecords };
  }

  describe('onApplicationBootstrap', () => {
    it("should poll the configured task queue and persist a journey's step through its activities", async () => {
      const { sut, journeyRecords } = setup();
      await sut.onApplicationBootstrap();
      try {
        const journey = referral();
        const step = identification();
        await workflows.start(journeyCase, journey.participantId, journey);

        const delivery = await workflows.sendStep(journeyCase, journey.participantId, step);

        expect(delivery).toMatchObject({ outcome: 'accepted', view: { stage: 'identified' } });
        expect(journeyRecords.steps).toEqual([
          expect.objectContaining({
            entry: expect.objectContaining({ requestId: step.requestId, fromStage: 'referred', toStage: 'identified' }),
          }),
        ]);
      } finally {
        await sut.onModuleDestroy();
      }
    });
  });

  describe('onModuleDestroy', () => {
    it('should drain and release the task queue, so a worker started after it takes the next step', async () => {
      const first = setup();
      await first.sut.onApplicationBootstrap();
      await first.sut.onModuleDestroy();

      const second = setup();
      await second.sut.onApplicationBootstrap();
      try {
        const journey = referral();
        await workflows.start(journeyCase, journey.participantId, journey);
        await workflows.sendStep(journeyCase, journey.participantId, identification());

        expect(first.journeyRecords.steps).toEqual([]);
        expect(second.journeyRecords.steps).toHaveLength(1);
      } finally {
        await second.sut.onModuleDestroy();
      }
    });
  });
});
