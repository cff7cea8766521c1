import { randomUUID } from 'node:crypto';
import type { AppConfig } from '@ipc/config';
import {
  type AnyJourneyStep,
  applyStep,
  DEFAULT_REVIEW_RULES,
  type NewJourney,
  type RecordedStep,
  startJourney,
} from '@ipc/domain';
import type { CaseRecoveryRepository } from '@ipc/persistence';
import type { Client } from '@temporalio/client';
import { journeyCase } from '../../apps/api/src/cases/case-kind';
import type { CaseWorkflowClient } from '../../apps/api/src/cases/case-workflow.client';
import { CaseRecoveryService } from '../../apps/api/src/recovery/case-recovery.service';
import { journeyStep, newCarer, newJourney } from '../factories/workflow-inputs.factory';
import { InMemoryCaseRecoveryRepository } from '../in-memory/in-memory-case-recovery.repository';
import { historyPayloads } from '../support/history-payloads';
import { connectSpecTemporal } from '../support/temporal-client';

const referral = (siteId = 'site-a') => newJourney({ siteId, referredOn: '2026-09-01' });
const identification = () => journeyStep('identification', { eligible: true, consentToShare: true }, '2026-09-03');

/** The step as the timeline keeps it, with the stage the domain reached after it (or the one given). */
function recorded(journey: NewJourney, step: AnyJourneyStep, toStage?: string): RecordedStep {
  const after = applyStep(startJourney(journey), step);
  const { name, requestId, actor, effectiveDate, payload } = step;
  return {
    sequence: after.sequence,
    step: name,
    requestId,
    actor,
    effectiveDate,
    payload,
    toStage: toStage ?? after.stage,
  };
}

const carer = () => newCarer({ siteId: 'site-a' });

describe(CaseRecoveryService.name, () => {
  let config: AppConfig;
  let client: Client;
  let workflows: CaseWorkflowClient;
  let closeConnection: () => Promise<void>;
  let records: InMemoryCaseRecoveryRepository;
  let sut: CaseRecoveryService;

  beforeAll(async () => {
    // A queue no worker polls: started workflows stay running without a step being taken.
    const temporal = await connectSpecTemporal('recovery-spec');
    ({ config, client, workflows } = temporal);
    closeConnection = () => temporal.connection.close();
  });

  afterAll(() => closeConnection());

  beforeEach(() => {
    records = new InMemoryCaseRecoveryRepository(DEFAULT_REVIEW_RULES);
    sut = new CaseRecoveryService(records as unknown as CaseRecoveryRepository, client, workflows, config);
  });

  describe('presence', () => {
    it('should tell a running workflow from a missing one and one that has ended', async () => {
      const [running, ended] = [referral(), referral()];
      await workflows.start(journeyCase, running.participantId, running);
      await workflows.start(journeyCase, ended.participantId, ended);
      await client.workflow.getHandle(journeyCase.workflowId(ended.participantId)).terminate('spec');

      expect(await sut.presence('journey', running.participantId)).toBe('running');
      expect(await sut.presence('journey', ended.participantId)).toBe('ended');
      expect(await sut.presence('journey', randomUUID())).toBe('missing');
    });
  });

  describe('needsRecovery', () => {
    it('should be true only for a case the record holds open and Temporal does not run', async () => {
      const [stranded, running, closed] = [referral(), referral(), referral()];
      records.addJourney(stranded, []);
      records.addJourney(running, []);
      records.addJourney(closed, [], { open: false });
      await workflows.start(journeyCase, running.participantId, running);

      expect(await sut.needsRecovery('journey', stranded.participantId)).toBe(true);
      expect(await sut.needsRecovery('journey', running.participantId)).toBe(false);
      expect(await sut.needsRecovery('journey', closed.participantId)).toBe(false);
      expect(await sut.needsRecovery('journey', randomUUID())).toBe(false);
    });
  });

  describe('findStranded', () => {
    it("should list the site's open cases whose workflow is missing or ended, with their workflow ids", async () => {
      const [missing, running, elsewhere] = [referral(), referral(), referral('site-b')];
      const registered = carer();
      records.addJourney(missing, []);
      records.addJourney(running, []);
      records.addJourney(elsewhere, []);
      records.addCarer(registered);
      await workflows.start(journeyCase, running.participantId, running);

      const stranded = await sut.findStranded('site-a');

      expect(stranded).toEqual(
        expect.arrayContaining([
          {
            kind: 'journey',
            id: missing.participantId,
            siteId: 'site-a',
            workflowId: `journey-${missing.participantId}`,
            workflow: 'missing',
          },
          {
            kind: 'carer',
            id: registered.carerId,
            siteId: 'site-a',
            workflowId: `carer-${registered.carerId}`,
            workflow: 'missing',
          },
        ]),
      );
      expect(stranded).toHaveLength(2);
    });
  });

  describe('recover', () => {
    it('should start each stranded journey again from its replayed record', async () => {
      const journey = referral();
      const step = identification();
      records.addJourney(journey, [recorded(journey, step)]);

      const outcomes = await sut.recover('site-a');

      expect(outcomes).toEqual([
        expect.objectContaining({
          kind: 'journey',
          id: journey.participantId,
          outcome: 'rebuilt',
          stage: 'identified',
          sequence: 1,
        }),
      ]);
      expect(await sut.presence('journey', journey.participantId)).toBe('running');
      const { plainText } = await historyPayloads(client, journeyCase.workflowId(journey.participantId));
      const [input] = plainText
        .split('\n')
        .map((payload) => JSON.parse(payload) as { resume: { stage: string; sequence: number } });
      expect(input.resume).toMatchObject({ stage: 'identified', sequence: 1, participantId: journey.participantId });
    });

    it('should refuse a record that disagrees with itself, say why, and still rebuild the others', async () => {
      const [broken, sound] = [referral(), referral()];
      records.addJourney(broken, [recorded(broken, identification(), 'delivery')]);
      records.addJourney(sound, [recorded(sound, identification())]);

      const outcomes = await sut.recover('site-a');

      expect(outcomes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            id: broken.participantId,
            outcome: 'refused',
            reason: expect.stringContaining('the record says delivery'),
          }),
          expect.objectContaining({ id: sound.participantId, outcome: 'rebuilt', stage: 'identified' }),
        ]),
      );
      expect(await sut.presence('journey', broken.participantId)).toBe('missing');
    });

    it('should leave a case alone once its workflow runs again, so a second recovery finds nothing', async () => {
      const journey = referral();
      records.addJourney(journey, [recorded(journey, identification())]);

      await sut.recover('site-a');

      expect(await sut.recover('site-a')).toEqual([]);
    });
  });
});
