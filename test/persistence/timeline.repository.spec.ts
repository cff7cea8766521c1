import { randomUUID } from 'node:crypto';
import {
  CARER_TIMELINE,
  createDataSource,
  JOURNEY_TIMELINE,
  ParticipantEntity,
  type StepEntry,
  TimelineRepository,
} from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { randomNhsNumber } from '../factories/referral.factory';

const SITE = 'site-timeline-spec';

const entry = (overrides: Partial<StepEntry> = {}): StepEntry => ({
  requestId: randomUUID(),
  sequence: 1,
  step: 'offer',
  fromStage: 'identified',
  toStage: 'offered',
  actor: { staffId: 'coordinator-a', teamId: 'team-a1' },
  effectiveOn: '2026-09-10',
  details: { advocacy: 'accepted' },
  ...overrides,
});

describe(TimelineRepository.name, () => {
  let dataSource: DataSource;
  let sut: TimelineRepository;

  beforeAll(async () => {
    dataSource = await createDataSource(process.env.DATABASE_URL as string).initialize();
    sut = new TimelineRepository(dataSource);
  });

  // The run's other files share the database: open cases without workflows would be theirs to recover.
  afterAll(async () => {
    await dataSource.query(`DELETE FROM carers WHERE site_id = $1`, [SITE]);
    await dataSource.getRepository(ParticipantEntity).delete({ siteId: SITE });
    await dataSource.destroy();
  });

  const participant = async (stage = 'identified') => {
    const id = randomUUID();
    await dataSource.getRepository(ParticipantEntity).insert({
      id,
      siteId: SITE,
      teamId: 'team-a1',
      nhsNumber: randomNhsNumber(),
      dateOfBirth: '1948-07-02',
      cohort: 'multiple-long-term-conditions',
      referralSource: 'gp-referral',
      referredBy: 'coordinator-a',
      referralRequestId: randomUUID(),
      referredOn: '2026-09-01',
      stage,
      stageEnteredOn: '2026-09-01',
      stageDates: { referred: '2026-09-01' },
      journeySequence: 0,
    });
    return id;
  };

  const carer = async () => {
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO carers (id, site_id, team_id, kind, date_of_birth, relationship, contact, preferences, identified_on,
                           transition_lead_days, registered_by, registration_request_id, stage, stage_entered_on)
       VALUES ($1, $2, 'team-a1', 'adult-carer', '1961-03-17', 'spouse-or-partner', '{}', '{}', '2026-08-15', 28,
               'coordinator-a', $3, 'identified', '2026-08-15')`,
      [id, SITE, randomUUID()],
    );
    return id;
  };

  describe('findOwner', () => {
    it('should find a journey at its site with its stage and referral date', async () => {
      const id = await participant();

      await expect(sut.findOwner(JOURNEY_TIMELINE, id, SITE)).resolves.toEqual({
        id,
        stage: 'identified',
        openedOn: '2026-09-01',
      });
    });

    it('should find a carer with the date they were identified, and no one at another site', async () => {
      const id = await carer();

      await expect(sut.findOwner(CARER_TIMELINE, id, SITE)).resolves.toEqual({
        id,
        stage: 'identified',
        openedOn: '2026-08-15',
      });
      await expect(sut.findOwner(CARER_TIMELINE, id, 'site-b')).resolves.toBeUndefined();
    });

    it('should bring, in the same read, the step a request id was accepted as and the state after it', async () => {
      const id = await participant();
      const step = entry();
      await sut.addEntry(JOURNEY_TIMELINE, id, step, { stage: 'offered' });

      await expect(sut.findOwner(JOURNEY_TIMELINE, id, SITE, step.requestId)).resolves.toEqual({
        id,
        stage: 'identified',
        openedOn: '2026-09-01',
        earlier: { step: 'offer', stateAfter: { stage: 'offered' } },
      });
      await expect(sut.findOwner(JOURNEY_TIMELINE, id, SITE, 'another')).resolves.not.toHaveProperty('earlier');
      await expect(sut.findOwner(JOURNEY_TIMELINE, id, 'site-b', step.requestId)).resolves.toBeUndefined();
    });
  });

  describe('stageOf', () => {
    it('should read where the case is by the record, and nothing for an unknown owner', async () => {
      const id = await participant('closed');

      await expect(sut.stageOf(JOURNEY_TIMELINE, id)).resolves.toBe('closed');
      await expect(sut.stageOf(JOURNEY_TIMELINE, randomUUID())).resolves.toBeUndefined();
    });
  });

  describe('addEntry', () => {
    it('should add a step once per request id', async () => {
      const id = await participant();
      const step = entry();

      await expect(sut.addEntry(JOURNEY_TIMELINE, id, step, { stage: 'offered' })).resolves.toBe(true);
      await expect(sut.addEntry(JOURNEY_TIMELINE, id, step, { stage: 'offered' })).resolves.toBe(false);
    });

    it('should join the transaction of the manager it is built on', async () => {
      const id = await carer();

      await dataSource
        .transaction(async (manager) => {
          await new TimelineRepository(manager).addEntry(CARER_TIMELINE, id, entry({ step: 'assessment-offer' }), {});
          throw new Error('rolled back');
        })
        .catch(() => undefined);

      await expect(sut.steps(CARER_TIMELINE, id)).resolves.toEqual([]);
    });
  });

  describe('findAnswer', () => {
    it('should give the step a request id was accepted as and the state after it', async () => {
      const id = await participant();
      const step = entry();
      await sut.addEntry(JOURNEY_TIMELINE, id, step, { stage: 'offered' });

      await expect(sut.findAnswer(JOURNEY_TIMELINE, id, step.requestId)).resolves.toEqual({
        step: 'offer',
        stateAfter: { stage: 'offered' },
      });
      await expect(sut.findAnswer(JOURNEY_TIMELINE, id, 'another')).resolves.toBeUndefined();
    });
  });

  describe('steps', () => {
    it('should list the steps oldest first with each narrative merged into its details', async () => {
      const id = await carer();
      const offer = entry({ step: 'assessment-offer', details: { method: 'face-to-face' } });
      await sut.saveNarrative(CARER_TIMELINE, id, {
        requestId: offer.requestId,
        step: offer.step,
        text: { notes: 'GP' },
      });
      await sut.addEntry(CARER_TIMELINE, id, entry({ sequence: 2, step: 'assessment' }), {});
      await sut.addEntry(CARER_TIMELINE, id, offer, {});

      const steps = await sut.steps(CARER_TIMELINE, id);

      expect(steps.map((step) => step.step)).toEqual(['assessment-offer', 'assessment']);
      expect(steps[0]).toMatchObject({
        sequence: 1,
        fromStage: 'identified',
        toStage: 'offered',
        actor: { staffId: 'coordinator-a', teamId: 'team-a1' },
        effectiveDate: '2026-09-10',
        recordedAt: expect.any(Date),
        details: { method: 'face-to-face', notes: 'GP' },
      });
    });
  });

  describe('recordedSteps', () => {
    it('should give the steps after the opening entry as the workflow received them, for a rebuild', async () => {
      const id = await participant();
      await sut.addEntry(JOURNEY_TIMELINE, id, entry({ sequence: 0, step: 'referral', fromStage: null }), {});
      const offer = entry();
      await sut.addEntry(JOURNEY_TIMELINE, id, offer, {});

      await expect(sut.recordedSteps(JOURNEY_TIMELINE, id)).resolves.toEqual([
        {
          sequence: 1,
          step: 'offer',
          requestId: offer.requestId,
          actor: offer.actor,
          effectiveDate: '2026-09-10',
          payload: { advocacy: 'accepted' },
          toStage: 'offered',
        },
      ]);
    });
  });

  describe('saveNarrative', () => {
    it("should keep a request id's first narrative", async () => {
      const id = await participant();
      const step = entry();
      await sut.saveNarrative(JOURNEY_TIMELINE, id, {
        requestId: step.requestId,
        step: 'offer',
        text: { notes: 'first' },
      });
      await sut.saveNarrative(JOURNEY_TIMELINE, id, {
        requestId: step.requestId,
        step: 'offer',
        text: { notes: 'again' },
      });
      await sut.addEntry(JOURNEY_TIMELINE, id, step, {});

      const [saved] = await sut.steps(JOURNEY_TIMELINE, id);

      expect(saved?.details).toMatchObject({ notes: 'first' });
    });
  });

  describe('forgetNarrative', () => {
    it("should forget a refused step's narrative but keep one whose step was accepted", async () => {
      const id = await participant();
      const accepted = entry();
      for (const requestId of [accepted.requestId, 'refused']) {
        await sut.saveNarrative(JOURNEY_TIMELINE, id, { requestId, step: 'offer', text: { notes: requestId } });
      }
      await sut.addEntry(JOURNEY_TIMELINE, id, accepted, {});

      await sut.forgetNarrative(JOURNEY_TIMELINE, id, accepted.requestId);
      await sut.forgetNarrative(JOURNEY_TIMELINE, id, 'refused');

      const kept = await dataSource.query(`SELECT request_id FROM step_narratives WHERE participant_id = $1`, [id]);
      expect(kept).toEqual([{ request_id: accepted.requestId }]);
    });
  });
});
