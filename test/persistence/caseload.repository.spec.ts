import { randomUUID } from 'node:crypto';
import { type WorklistName, worklistDates, worklistThresholds } from '@ipc/domain';
import {
  BudgetsRepository,
  CarersRepository,
  CaseAssignmentsRepository,
  CaseloadRepository,
  CARER_TIMELINE,
  JOURNEY_TIMELINE,
  ParticipantEntity,
  ReminderEntity,
  TimelineRepository,
} from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { carerRegistrationRecords, newCarerView } from '../factories/carer-records.factory';
import { participantRow } from '../factories/participant.factory';
import { personDetails } from '../factories/person-details.factory';
import { ALL, openOwnDatabase, referredParticipant } from './journey-fixtures';

const TODAY = '2026-12-01';
const DATES = worklistDates(
  TODAY,
  worklistThresholds({
    consentWaitDays: 7,
    stalledDays: { planning: 10 },
    budgetDecisionDays: 14,
    reviewsDueWithinDays: 30,
    carerTransitionWithinDays: 60,
  }),
);

describe(CaseloadRepository.name, () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let sut: CaseloadRepository;
  let siteId: string;
  const teamId = 'team-1';
  const scope = () => ({ siteId, teamId });

  beforeAll(async () => {
    ({ dataSource, close } = await openOwnDatabase());
    sut = new CaseloadRepository(dataSource);
  });
  afterAll(() => close());
  beforeEach(() => {
    siteId = `site-${randomUUID().slice(0, 8)}`;
  });

  /** A person of the spec's site and team in the given state (no timeline: the lists read the row). */
  const person = async (overrides: Partial<ParticipantEntity>) => {
    const row = participantRow({ siteId, teamId, lastStepOn: '2026-11-30', ...overrides });
    await dataSource.getRepository(ParticipantEntity).insert(row);
    return row.id;
  };
  const ids = async (name: WorklistName) => (await sut.worklist(name, scope(), DATES, ALL)).rows.map((row) => row.id);

  describe('worklist', () => {
    it('should list each worklist from the cases in its state, and count what it lists', async () => {
      const referred = await person({ stage: 'referred', stageEnteredOn: '2026-11-28' });
      const consentLong = await person({ stage: 'awaiting-consent', stageEnteredOn: '2026-11-20' });
      await person({ stage: 'awaiting-consent', stageEnteredOn: '2026-11-29' });
      const stalled = await person({ stage: 'planning', stageEnteredOn: '2026-10-01', lastStepOn: '2026-11-15' });
      const agreedLong = await person({ stage: 'plan-agreed', stageEnteredOn: '2026-11-10' });
      const dueSoon = await person({ stage: 'delivery', nextReviewDueOn: '2026-12-20' });
      const overdue = await person({ stage: 'delivery', nextReviewDueOn: '2026-11-20' });
      await person({ stage: 'delivery', nextReviewDueOn: '2027-03-01' });
      const followUp = await person({ stage: 'community-follow-up', followUpDueOn: '2026-11-30' });
      await person({ stage: 'community-follow-up', followUpDueOn: '2026-12-02' });
      // Closed, or another team's: on no list of this team.
      await person({ stage: 'referred', closedOn: '2026-11-30' });
      await person({ stage: 'referred', teamId: 'team-2' });

      expect(await ids('new-referrals')).toEqual([referred]);
      expect(await ids('awaiting-consent')).toEqual([consentLong]);
      expect(await ids('stalled')).toEqual([stalled]);
      expect(await ids('budget-decision-overdue')).toEqual([agreedLong]);
      expect(await ids('reviews-due')).toEqual([dueSoon]);
      expect(await ids('reviews-overdue')).toEqual([overdue]);
      expect(await ids('follow-up-due')).toEqual([followUp]);
      const counts = await sut.worklistCounts(scope(), DATES);
      expect(counts).toMatchObject({ 'new-referrals': 1, 'awaiting-consent': 1, stalled: 1, 'reviews-due': 1 });
    });

    it('should list a plan without an indicative statement until one is issued', async () => {
      const planned = await referredParticipant(dataSource, { siteId, teamId, stage: 'planning' });
      await dataSource.query(
        `INSERT INTO care_plans (participant_id, version, request_id, coordinator_id, total_annual_cost_pence, content)
         VALUES ($1, 1, $2, 'coordinator-a', 1000, '{}')`,
        [planned.id, randomUUID()],
      );
      await person({ stage: 'planning' });
      expect(await ids('plan-without-isr')).toEqual([planned.id]);

      await new BudgetsRepository(dataSource).addStatement({
        participantId: planned.id,
        kind: 'indicative',
        statementKey: randomUUID(),
        issuedOn: '2026-11-02',
        period: null,
        largePrint: false,
        content: {} as never,
      });
      expect(await ids('plan-without-isr')).toEqual([]);
    });

    it('should list failed reminders of the team’s people and carers, newest first', async () => {
      const id = await person({ stage: 'delivery' });
      const other = await person({ stage: 'delivery', teamId: 'team-2' });
      const failed = (participantId: string, failedAt: string) =>
        dataSource.getRepository(ReminderEntity).insert({
          reminderKey: randomUUID(),
          siteId,
          recipientType: 'participant',
          recipientId: participantId,
          participantId,
          purpose: 'review-due',
          dueDate: '2026-12-10',
          leadDays: 7,
          status: 'failed',
          failedAt: new Date(failedAt),
        });
      await failed(id, '2026-11-20T10:00:00Z');
      await failed(id, '2026-11-25T10:00:00Z');
      await failed(other, '2026-11-25T10:00:00Z');

      const { rows, total } = await sut.worklist('failed-reminders', scope(), DATES, ALL);
      expect(total).toBe(2);
      expect(rows.map((row) => [row.id, row.on, row.detail])).toEqual([
        [id, '2026-11-25', 'review-due'],
        [id, '2026-11-20', 'review-due'],
      ]);
    });

    it('should list carers’ transition points within the window, noticed or still to come', async () => {
      const carer = newCarerView({ siteId, teamId });
      const { registration, entry, preferences } = carerRegistrationRecords(carer);
      const carers = new CarersRepository(dataSource);
      await carers.register(
        { ...registration, nextTransitionOn: '2026-12-15' },
        entry,
        preferences,
        personDetails(),
        async () => {},
      );
      const { rows } = await sut.worklist('carer-transitions', scope(), DATES, ALL);
      expect(rows).toEqual([expect.objectContaining({ caseKind: 'carer', id: carer.carerId, on: '2026-12-15' })]);
    });
  });

  describe('staffCaseload', () => {
    it('should hold the people a staff member coordinates or connects, and the carers they coordinate', async () => {
      const coordinated = await person({ coordinatorId: 'staff-1', nextReviewDueOn: '2026-12-20' });
      const connected = await person({ connectorId: 'staff-1' });
      await person({ coordinatorId: 'staff-1', closedOn: '2026-11-01', stage: 'closed' });
      await person({ coordinatorId: 'staff-2' });

      const { rows, total } = await sut.staffCaseload(siteId, 'staff-1', ALL);
      expect(total).toBe(2);
      expect(rows.map((row) => row.id)).toEqual([coordinated, connected]);
      expect(rows[0]).toMatchObject({ caseKind: 'participant', nextDueOn: '2026-12-20', coordinatorId: 'staff-1' });
    });
  });

  describe('teamCaseload', () => {
    it('should page a team’s open people and carers, soonest due first', async () => {
      const later = await person({ nextReviewDueOn: '2027-01-10' });
      const sooner = await person({ nextReviewDueOn: '2026-12-10' });
      const undated = await person({});
      const { rows, total } = await sut.teamCaseload(scope(), { skip: 0, take: 2 });
      expect(total).toBe(3);
      expect(rows.map((row) => row.id)).toEqual([sooner, later]);
      expect((await sut.teamCaseload(scope(), { skip: 2, take: 2 })).rows.map((row) => row.id)).toEqual([undated]);
    });
  });
});

describe(CaseAssignmentsRepository.name, () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let sut: CaseAssignmentsRepository;

  beforeAll(async () => {
    ({ dataSource, close } = await openOwnDatabase());
    sut = new CaseAssignmentsRepository(dataSource);
  });
  afterAll(() => close());

  const assignment = (siteId: string, ownerId: string, overrides = {}) => ({
    siteId,
    ownerId,
    requestId: randomUUID(),
    change: 'coordinator' as const,
    toId: 'staff-2',
    reason: 'Caseload balancing',
    actor: { staffId: 'lead-1', teamId: 'team-a1' },
    effectiveOn: '2026-11-30',
    ...overrides,
  });

  describe('assign', () => {
    it('should make the new holder the case’s and show the change on its timeline after the last step', async () => {
      const person = await referredParticipant(dataSource, { coordinatorId: 'staff-1' });
      const change = assignment(person.siteId, person.id);

      const result = await sut.assign(JOURNEY_TIMELINE, change);

      expect(result).toMatchObject({ outcome: 'recorded', holders: { coordinatorId: 'staff-2', teamId: 'team-a1' } });
      const timeline = await new TimelineRepository(dataSource).stepsAndHolderChanges(JOURNEY_TIMELINE, person.id);
      expect(timeline.at(-1)).toMatchObject({
        sequence: 0,
        step: 'assignment',
        actor: { staffId: 'lead-1' },
        effectiveDate: '2026-11-30',
        details: { role: 'coordinator', fromStaffId: 'staff-1', toStaffId: 'staff-2', reason: 'Caseload balancing' },
      });
      // The same request again changes nothing.
      await expect(sut.assign(JOURNEY_TIMELINE, { ...change, toId: 'staff-3' })).resolves.toMatchObject({
        outcome: 'already-recorded',
        holders: { coordinatorId: 'staff-2' },
      });
    });

    it('should transfer a carer to another team, and refuse another site’s case or a closed one', async () => {
      const carer = newCarerView({ siteId: `site-${randomUUID().slice(0, 8)}` });
      const { registration, entry, preferences } = carerRegistrationRecords(carer);
      await new CarersRepository(dataSource).register(
        registration,
        entry,
        preferences,
        personDetails(),
        async () => {},
      );

      const moved = await sut.assign(
        CARER_TIMELINE,
        assignment(carer.siteId, carer.carerId, { change: 'team', toId: 'team-a2' }),
      );
      expect(moved).toMatchObject({ outcome: 'recorded', holders: { teamId: 'team-a2', connectorId: null } });
      await expect(sut.holders(CARER_TIMELINE, carer.carerId, carer.siteId)).resolves.toMatchObject({
        teamId: 'team-a2',
      });
      await expect(sut.assign(CARER_TIMELINE, assignment('site-other', carer.carerId))).resolves.toEqual({
        outcome: 'not-found',
      });

      const closed = await referredParticipant(dataSource, { closedOn: '2026-11-01', stage: 'closed' });
      await expect(sut.assign(JOURNEY_TIMELINE, assignment(closed.siteId, closed.id))).resolves.toMatchObject({
        outcome: 'closed',
      });
    });
  });
});
