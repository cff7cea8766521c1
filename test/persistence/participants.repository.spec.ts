import { randomUUID } from 'node:crypto';
import { ParticipantDemographicsEntity, type ParticipantEntity, ParticipantsRepository } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { journeyView, participantRow } from '../factories/participant.factory';
import { personDetails } from '../factories/person-details.factory';
import { openOwnDatabase, referralEntry, referredParticipant } from './journey-fixtures';

describe(ParticipantsRepository.name, () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let participants: ParticipantsRepository;
  const siteId = `site-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    ({ dataSource, close } = await openOwnDatabase());
    participants = new ParticipantsRepository(dataSource);
  });
  afterAll(() => close());

  const refer = (participant: ParticipantEntity, beforeCommit = async () => {}) =>
    participants.recordReferral(
      { participant, details: personDetails(), demographics: null, entry: referralEntry(participant) },
      beforeCommit,
    );

  describe('recordReferral', () => {
    it('should keep the participant, their demographics and the referral on the timeline', async () => {
      const participant = participantRow({ siteId });
      const demographics = { sex: 'female', ethnicity: null, disability: 'yes', other: { faith: 'none' } } as never;
      const outcome = await participants.recordReferral(
        {
          participant,
          details: personDetails(),
          demographics: { demographics, recordedBy: 'coordinator-a' },
          entry: referralEntry(participant),
        },
        async () => {},
      );
      expect(outcome).toBe('recorded');
      await expect(participants.findAtSite(siteId, participant.id)).resolves.toMatchObject({
        nhsNumber: participant.nhsNumber,
        stage: 'referred',
      });
      await expect(
        dataSource.getRepository(ParticipantDemographicsEntity).findOneBy({ participantId: participant.id }),
      ).resolves.toMatchObject({
        sex: 'female',
        disability: 'yes',
        other: { faith: 'none' },
        recordedBy: 'coordinator-a',
      });
      await expect(participants.timeline(participant.id)).resolves.toEqual([
        expect.objectContaining({ sequence: 0, step: 'referral', toStage: 'referred' }),
      ]);
    });

    it('should answer request-already-recorded for the same referral request at the site', async () => {
      const participant = participantRow({ siteId });
      await refer(participant);
      const twin = participantRow({ siteId, referralRequestId: participant.referralRequestId });
      await expect(refer(twin)).resolves.toBe('request-already-recorded');
      await expect(participants.findAtSite(siteId, twin.id)).resolves.toBeNull();
    });

    it('should answer open-referral-exists for a person with an open journey at the site', async () => {
      const participant = participantRow({ siteId });
      await refer(participant);
      await expect(refer(participantRow({ siteId, nhsNumber: participant.nhsNumber }))).resolves.toBe(
        'open-referral-exists',
      );
      await expect(participants.findOpenByNhsNumber(siteId, participant.nhsNumber)).resolves.toMatchObject({
        id: participant.id,
      });
    });

    it('should keep nothing when what runs before the commit fails', async () => {
      const participant = participantRow({ siteId });
      await expect(refer(participant, () => Promise.reject(new Error('no journey')))).rejects.toThrow('no journey');
      await expect(participants.findAtSite(siteId, participant.id)).resolves.toBeNull();
      await expect(participants.timeline(participant.id)).resolves.toEqual([]);
    });
  });

  describe('findAtSite', () => {
    it('should not find a participant from another site', async () => {
      const participant = await referredParticipant(dataSource);
      await expect(participants.findAtSite(siteId, participant.id)).resolves.toBeNull();
    });
  });

  describe('list', () => {
    it('should filter, sort with ties broken by id, page, and count every match', async () => {
      const listSite = `site-${randomUUID().slice(0, 8)}`;
      for (const [referredOn, teamId] of [
        ['2026-09-03', 'team-1'],
        ['2026-09-01', 'team-1'],
        ['2026-09-02', 'team-1'],
        ['2026-09-04', 'team-2'],
      ]) {
        await referredParticipant(dataSource, { siteId: listSite, referredOn, teamId });
      }
      const filter = { siteId: listSite, teamId: 'team-1' };
      const { rows, total } = await participants.list(filter, {
        sortBy: 'referredOn',
        descending: true,
        page: 1,
        pageSize: 2,
      });
      expect(total).toBe(3);
      expect(rows.map((row) => row.referredOn)).toEqual(['2026-09-03', '2026-09-02']);
    });

    it('should break a tie in the sort’s direction, so newest first reads the site index backwards', async () => {
      const listSite = `site-${randomUUID().slice(0, 8)}`;
      for (const referredOn of ['2026-09-01', '2026-09-02', '2026-09-02']) {
        await referredParticipant(dataSource, { siteId: listSite, referredOn, teamId: 'team-1' });
      }
      const page = { sortBy: 'referredOn' as const, page: 1, pageSize: 3 };
      const newest = await participants.list({ siteId: listSite }, { ...page, descending: true });
      const oldest = await participants.list({ siteId: listSite }, { ...page, descending: false });
      expect(newest.rows.map((row) => row.id)).toEqual(oldest.rows.map((row) => row.id).reverse());
    });
  });

  describe('updateReadModel', () => {
    it('should follow the journey, and keep a later step when an earlier one arrives late', async () => {
      const participant = await referredParticipant(dataSource);
      const journey = (stage: string, sequence: number, stageEnteredOn: string) =>
        journeyView({ participantId: participant.id, stage, sequence, stageEnteredOn } as never);
      await participants.updateReadModel(journey('offered', 2, '2026-09-10'));
      await participants.updateReadModel(journey('identified', 1, '2026-09-03'));
      const row = await participants.findAtSite(participant.siteId, participant.id);
      expect(row).toMatchObject({ stage: 'offered', stageEnteredOn: '2026-09-10', journeySequence: 2 });
      expect(row?.stageDates).toEqual({ referred: '2026-09-01', identified: '2026-09-03', offered: '2026-09-10' });
    });

    it('should record when the next review is due, and clear it once closed', async () => {
      const participant = await referredParticipant(dataSource);
      const due = async () =>
        (
          await dataSource.query(
            `SELECT to_char(next_review_due_on, 'YYYY-MM-DD') AS due FROM participants WHERE id = $1`,
            [participant.id],
          )
        )[0].due;
      const base = journeyView({ participantId: participant.id, stage: 'delivery', sequence: 5 });
      await participants.updateReadModel({ ...base, reviews: { ...base.reviews, nextDueOn: '2027-01-10' } });
      expect(await due()).toBe('2027-01-10');
      await participants.updateReadModel({
        ...base,
        stage: 'closed',
        sequence: 6,
        closure: { reason: 'withdrew', closedOn: '2026-12-01' },
        reviews: { ...base.reviews, nextDueOn: '2027-01-10' },
      });
      expect(await due()).toBeNull();
      await expect(participants.findAtSite(participant.siteId, participant.id)).resolves.toMatchObject({
        closedOn: '2026-12-01',
        closureReason: 'withdrew',
      });
    });
  });

  describe('lastRecordedJourney', () => {
    it('should answer the journey as the last timeline entry left it', async () => {
      const participant = await referredParticipant(dataSource);
      const later = journeyView({ participantId: participant.id, stage: 'identified', sequence: 1 });
      await participants.addTimelineEntry({
        ...referralEntry(participant),
        requestId: 'identification',
        sequence: 1,
        step: 'identification',
        journeyAfter: later,
      });
      await expect(participants.lastRecordedJourney(participant.id)).resolves.toMatchObject({
        stage: 'identified',
        sequence: 1,
      });
    });
  });

  describe('addTimelineEntry', () => {
    it('should add a request id once', async () => {
      const participant = await referredParticipant(dataSource);
      await expect(participants.addTimelineEntry(referralEntry(participant))).resolves.toBe(false);
      await expect(participants.timeline(participant.id)).resolves.toHaveLength(1);
    });
  });
});
