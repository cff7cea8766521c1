import { randomUUID } from 'node:crypto';
import type { QualityOfLifeMeasure, QualityOfLifeRepository, StoredQualityOfLifeMeasure } from '@ipc/persistence';
import { staffMember } from '../../../../test/factories/case.factory';
import { participantRow } from '../../../../test/factories/participant.factory';
import { InMemorySiteSettingsRepository } from '../../../../test/in-memory/in-memory-site-settings.repository';
import {
  InMemoryParticipants,
  participantsServiceOver,
  recordedSteps,
} from '../../../../test/in-memory/journey-stores';
import { todayInLondon } from '../common/calendar-date.validator';
import { OutcomeMeasuresService } from './outcome-measures.service';
import { QualityOfLifeService } from './quality-of-life.service';

const EQ5D = { instrument: 'EQ-5D-5L', version: '1.0', minimum: 0, maximum: 100 };
const ICECAP = { instrument: 'ICECAP-A', version: '2.1', minimum: 0, maximum: 1 };

/** Scores kept as recorded, each person's in the order they were taken. */
class InMemoryQualityOfLife implements Pick<QualityOfLifeRepository, 'record' | 'measuresOf'> {
  readonly measures: StoredQualityOfLifeMeasure[] = [];

  async record(measure: QualityOfLifeMeasure) {
    const stored = { ...measure, id: randomUUID(), recordedAt: new Date() };
    this.measures.push(stored);
    return stored;
  }

  async measuresOf(participantId: string) {
    return this.measures
      .filter((measure) => measure.participantId === participantId)
      .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  }
}

describe(QualityOfLifeService.name, () => {
  let measures: InMemoryQualityOfLife;
  let participants: InMemoryParticipants;
  let settings: OutcomeMeasuresService;
  let sut: QualityOfLifeService;

  beforeEach(async () => {
    measures = new InMemoryQualityOfLife();
    participants = new InMemoryParticipants();
    const people = participantsServiceOver(participants);
    settings = new OutcomeMeasuresService(new InMemorySiteSettingsRepository(), people, recordedSteps().steps);
    await settings.replace(staffMember({ role: 'administrator' }), {
      activationCohorts: [],
      qualityOfLifeInstruments: [EQ5D, ICECAP],
    });
    sut = new QualityOfLifeService(measures, people, settings);
  });

  const personAt = (stage: string, siteId = 'site-a') => {
    const row = participantRow({ stage, siteId });
    participants.rows.push(row);
    return row.id;
  };

  describe('record', () => {
    it("should keep the score with the instrument's version, the stage, the site and who recorded it", async () => {
      const person = personAt('planning');

      const answer = await sut.record(staffMember(), person, {
        instrument: 'ICECAP-A',
        score: 0.812,
        effectiveDate: '2026-11-10',
      });

      const view = {
        instrument: 'ICECAP-A',
        version: '2.1',
        score: 0.812,
        stage: 'planning',
        measuredOn: '2026-11-10',
        recordedBy: 'coordinator-a',
      };
      expect(answer).toEqual({ id: expect.any(String), ...view });
      expect(measures.measures).toEqual([
        { ...view, id: answer.id, participantId: person, siteId: 'site-a', recordedAt: expect.any(Date) },
      ]);
    });

    it("should take the instrument's bounds themselves, and date a score without effectiveDate today", async () => {
      const person = personAt('delivery');

      await sut.record(staffMember(), person, { instrument: 'EQ-5D-5L', score: 0 });
      await sut.record(staffMember(), person, { instrument: 'EQ-5D-5L', score: 100 });

      expect(measures.measures.map(({ score, measuredOn }) => [score, measuredOn])).toEqual([
        [0, todayInLondon()],
        [100, todayInLondon()],
      ]);
    });

    it("should refuse a score outside the instrument's range (400 on score), recording nothing", async () => {
      const person = personAt('plan-agreed');

      for (const score of [-0.001, 100.5]) {
        await expect(sut.record(staffMember(), person, { instrument: 'EQ-5D-5L', score })).rejects.toMatchObject({
          problem: { status: 400, errors: [{ field: 'score', reason: 'must be from 0 to 100 for EQ-5D-5L' }] },
        });
      }
      expect(measures.measures).toEqual([]);
    });

    it("should refuse an instrument the site does not use (400 on instrument, naming the site's)", async () => {
      const person = personAt('planning');

      await expect(sut.record(staffMember(), person, { instrument: 'ASCOT', score: 0.5 })).rejects.toMatchObject({
        problem: {
          status: 400,
          errors: [{ field: 'instrument', reason: "is not one of the site's instruments (EQ-5D-5L, ICECAP-A)" }],
        },
      });
    });

    it('should say none when the site uses no instrument', async () => {
      const person = personAt('planning', 'site-b');

      await expect(
        sut.record(staffMember({ siteId: 'site-b', teamId: 'team-b1' }), person, { instrument: 'EQ-5D-5L', score: 50 }),
      ).rejects.toMatchObject({
        problem: {
          status: 400,
          errors: [{ field: 'instrument', reason: "is not one of the site's instruments (none)" }],
        },
      });
    });

    it('should refuse a journey before planning (409 not-in-planning with its stage), recording nothing', async () => {
      const person = personAt('identified');

      await expect(sut.record(staffMember(), person, { instrument: 'EQ-5D-5L', score: 50 })).rejects.toMatchObject({
        problem: {
          status: 409,
          type: expect.stringMatching(/\/not-in-planning$/),
          detail: 'the journey is identified',
          stage: 'identified',
        },
      });
      expect(measures.measures).toEqual([]);
    });

    it("should answer 404 for another site's person", async () => {
      const elsewhere = personAt('planning', 'site-b');

      await expect(sut.record(staffMember(), elsewhere, { instrument: 'EQ-5D-5L', score: 50 })).rejects.toMatchObject({
        problem: { status: 404 },
      });
      expect(measures.measures).toEqual([]);
    });
  });

  describe('list', () => {
    it("should give the person's scores in the order they were taken, without the record's site or time", async () => {
      const person = personAt('delivery');
      const other = personAt('delivery');
      await sut.record(staffMember(), person, { instrument: 'EQ-5D-5L', score: 70, effectiveDate: '2026-11-20' });
      await sut.record(staffMember(), other, { instrument: 'EQ-5D-5L', score: 10, effectiveDate: '2026-11-01' });
      await sut.record(staffMember(), person, { instrument: 'ICECAP-A', score: 0.5, effectiveDate: '2026-10-05' });

      const answer = await sut.list(staffMember(), person);

      expect(answer.participantId).toBe(person);
      expect(answer.items.map(({ instrument, measuredOn }) => [instrument, measuredOn])).toEqual([
        ['ICECAP-A', '2026-10-05'],
        ['EQ-5D-5L', '2026-11-20'],
      ]);
      expect(Object.keys(answer.items[0]).sort()).toEqual(
        ['id', 'instrument', 'measuredOn', 'recordedBy', 'score', 'stage', 'version'].sort(),
      );
    });

    it("should answer 404 for another site's person", async () => {
      const elsewhere = personAt('delivery', 'site-b');
      await expect(sut.list(staffMember(), elsewhere)).rejects.toMatchObject({ problem: { status: 404 } });
    });
  });
});
