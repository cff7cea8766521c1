import { DEFAULT_OUTCOME_MEASURES } from '@ipc/domain';
import { staffMember } from '../../../../test/factories/case.factory';
import { participantRow } from '../../../../test/factories/participant.factory';
import { InMemorySiteSettingsRepository } from '../../../../test/in-memory/in-memory-site-settings.repository';
import {
  InMemoryParticipants,
  participantsServiceOver,
  recordedSteps,
  type StepRequest,
} from '../../../../test/in-memory/journey-stores';
import type { OutcomeMeasuresDto } from './dto/outcome-measures.dto';
import { OutcomeMeasuresService } from './outcome-measures.service';

const EQ5D = { instrument: 'EQ-5D-5L', version: '1.0', minimum: 0, maximum: 100 };
const ICECAP = { instrument: 'ICECAP-A', version: '2.1', minimum: 0, maximum: 1 };
const administrator = staffMember({ staffId: 'administrator-a', role: 'administrator' });

describe(OutcomeMeasuresService.name, () => {
  let settings: InMemorySiteSettingsRepository;
  let participants: InMemoryParticipants;
  let requests: StepRequest[];
  let sut: OutcomeMeasuresService;

  beforeEach(() => {
    settings = new InMemorySiteSettingsRepository();
    participants = new InMemoryParticipants();
    const recorded = recordedSteps();
    requests = recorded.requests;
    sut = new OutcomeMeasuresService(settings, participantsServiceOver(participants), recorded.steps);
  });

  describe('current', () => {
    it('should give the defaults to a site that set nothing: every cohort but children, no instruments', async () => {
      const current = await sut.current('site-a');

      expect(current).toEqual(DEFAULT_OUTCOME_MEASURES);
      expect(current.activationCohorts).not.toContain('children-young-people-complex-needs');
      expect(current.qualityOfLifeInstruments).toEqual([]);
    });
  });

  describe('replace', () => {
    it("should save the site's cohorts and instruments as the staff member's, and answer what is now in force", async () => {
      const dto: OutcomeMeasuresDto = {
        activationCohorts: ['learning-disability-autism'],
        qualityOfLifeInstruments: [{ ...EQ5D, extra: 'dropped' } as typeof EQ5D, ICECAP],
      };

      const answer = await sut.replace(administrator, dto);

      expect(answer).toEqual({
        activationCohorts: ['learning-disability-autism'],
        qualityOfLifeInstruments: [EQ5D, ICECAP],
      });
      expect(settings.sites.get('site-a')).toMatchObject({
        updatedBy: 'administrator-a',
        outcomeMeasures: {
          activationCohorts: ['learning-disability-autism'],
          qualityOfLifeInstruments: [EQ5D, ICECAP],
        },
      });
      await expect(sut.current('site-b')).resolves.toEqual(DEFAULT_OUTCOME_MEASURES);
    });

    it('should replace the instruments with none when they are left out', async () => {
      await sut.replace(administrator, { activationCohorts: [], qualityOfLifeInstruments: [EQ5D] });

      await expect(sut.replace(administrator, { activationCohorts: [] })).resolves.toEqual({
        activationCohorts: [],
        qualityOfLifeInstruments: [],
      });
    });

    it('should refuse each instrument whose maximum is not above its minimum (400 naming it), saving nothing', async () => {
      const dto: OutcomeMeasuresDto = {
        activationCohorts: [],
        qualityOfLifeInstruments: [
          EQ5D,
          { ...ICECAP, maximum: 0 },
          { ...EQ5D, instrument: 'ASCOT', minimum: 5, maximum: 4 },
        ],
      };

      await expect(sut.replace(administrator, dto)).rejects.toMatchObject({
        problem: {
          status: 400,
          errors: [
            { field: 'qualityOfLifeInstruments[1].maximum', reason: 'must be above the minimum' },
            { field: 'qualityOfLifeInstruments[2].maximum', reason: 'must be above the minimum' },
          ],
        },
      });
      expect(settings.sites.size).toBe(0);
    });

    it('should refuse an instrument listed twice (400 on the second), saving nothing', async () => {
      const dto: OutcomeMeasuresDto = {
        activationCohorts: [],
        qualityOfLifeInstruments: [EQ5D, ICECAP, { ...EQ5D, version: '2.0', maximum: 1 }],
      };

      await expect(sut.replace(administrator, dto)).rejects.toMatchObject({
        problem: {
          status: 400,
          errors: [
            { field: 'qualityOfLifeInstruments[2].instrument', reason: 'is already listed: give each instrument once' },
          ],
        },
      });
      expect(settings.sites.size).toBe(0);
    });
  });

  describe('recordActivation', () => {
    it("should send a PAM score for a cohort the site measures, as the staff member's step with its key", async () => {
      const person = participantRow({ stage: 'identified', cohort: 'learning-disability-autism' });
      participants.rows.push(person);

      await sut.recordActivation(staffMember(), person.id, { score: 52.3, effectiveDate: '2026-11-02' }, 'key-1');

      expect(requests).toEqual([
        {
          staff: staffMember(),
          participantId: person.id,
          step: 'activation',
          content: { payload: { score: 52.3 }, narrative: {} },
          effectiveDate: '2026-11-02',
          idempotencyKey: 'key-1',
        },
      ]);
    });

    it('should refuse a score for a cohort the site does not measure (400 on score), sending nothing', async () => {
      const child = participantRow({ cohort: 'children-young-people-complex-needs' });
      participants.rows.push(child);

      await expect(sut.recordActivation(staffMember(), child.id, { score: 40 }, 'key-2')).rejects.toMatchObject({
        problem: {
          status: 400,
          errors: [{ field: 'score', reason: expect.stringContaining('does not measure activation for children') }],
        },
      });
      expect(requests).toEqual([]);
    });

    it("should follow the site's own cohorts over the defaults", async () => {
      const person = participantRow({ cohort: 'learning-disability-autism' });
      participants.rows.push(person);
      await sut.replace(administrator, { activationCohorts: ['children-young-people-complex-needs'] });

      await expect(sut.recordActivation(staffMember(), person.id, { score: 60 }, 'key-3')).rejects.toMatchObject({
        problem: { status: 400 },
      });
      expect(requests).toEqual([]);
    });

    it('should send no score with the reason and planning support, whatever the cohort', async () => {
      const child = participantRow({ cohort: 'children-young-people-complex-needs' });
      participants.rows.push(child);
      const dto = { notMeasuredReason: 'not-validated', planningSupport: 'supported-planning' } as const;

      await sut.recordActivation(staffMember(), child.id, dto, 'key-4');

      expect(requests).toEqual([
        expect.objectContaining({
          step: 'activation',
          content: { payload: { score: null, ...dto }, narrative: {} },
          idempotencyKey: 'key-4',
        }),
      ]);
    });

    it("should answer 404 for another site's person, sending nothing", async () => {
      const elsewhere = participantRow({ siteId: 'site-b' });
      participants.rows.push(elsewhere);

      await expect(sut.recordActivation(staffMember(), elsewhere.id, { score: 50 }, 'key-5')).rejects.toMatchObject({
        problem: { status: 404 },
      });
      expect(requests).toEqual([]);
    });
  });
});
