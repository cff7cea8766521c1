import { randomUUID } from 'node:crypto';
import { londonDate } from '@ipc/domain';
import { ReminderEntity } from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { dateFromToday } from '../factories/carer.factory';
import { CarerClient } from '../support/carer-client';
import { eventually } from '../support/eventually';
import { JourneyClient, type StepKey } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

type Member = { token: string };
const auth = (member: Member) => ({ Authorization: `Bearer ${member.token}` });
const { siteWCoordinator: coordinator, siteWConnector: connector, siteWColleague: colleague } = staff;
const PLAN = { coordinatorId: 'coordinator-w' };

describe('Caseloads, worklists, assignment and transfer through the API', () => {
  let stack: TestStack;
  let journeys: JourneyClient;
  let carers: CarerClient;

  const get = (path: string, member: Member = coordinator) => stack.http.get(`/api/v1${path}`).set(auth(member));
  const post = (path: string, body: object, member: Member = coordinator) =>
    stack.http.post(`/api/v1${path}`).set(auth(member)).set('Idempotency-Key', randomUUID()).send(body);
  const caseIds = async (path: string, member?: Member): Promise<string[]> =>
    (await get(`${path}${path.includes('?') ? '&' : '?'}pageSize=100`, member).expect(200)).body.items.map(
      (item: { id: string }) => item.id,
    );

  /** Refers a person at site W (team-w1) and takes them through the steps, the plan naming coordinator-w. */
  const walk = async (steps: StepKey[], overrides: Partial<Record<StepKey, Record<string, unknown>>> = {}) => {
    const id = await journeys.refer();
    for (const step of steps) {
      await journeys
        .step(id, step, step === 'carePlan' ? { ...PLAN, ...overrides[step] } : overrides[step])
        .expect(200);
    }
    return id;
  };
  const TO_PLAN: StepKey[] = ['identification', 'offer', 'guidedConversation', 'activation', 'carePlan'];

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http, coordinator);
    carers = new CarerClient(stack.http, coordinator);
  });
  afterAll(() => stack.close());

  it('should build every worklist of a team from the people walked into its state, with the site’s thresholds', async () => {
    const thresholds = {
      consentWaitDays: 1,
      stalledDays: { referred: 1, 'awaiting-consent': 1, planning: 1, 'plan-agreed': 1 },
      budgetDecisionDays: 1,
      reviewsDueWithinDays: 30,
      carerTransitionWithinDays: 60,
    };
    const set = await stack.http
      .put('/api/v1/site/worklist-thresholds')
      .set(auth(staff.siteWAdministrator))
      .set('Idempotency-Key', randomUUID())
      .send(thresholds)
      .expect(200);
    expect(set.body).toMatchObject({ ...thresholds, stalledDays: { ...thresholds.stalledDays, identified: 14 } });

    const today = londonDate(new Date());
    const newReferral = await journeys.refer({ referredOn: today });
    const awaitingConsent = await walk(['identification'], { identification: { consentToShare: false } });
    const planned = await walk(TO_PLAN);
    const agreed = await walk([...TO_PLAN, 'agreement']);
    const overdue = await walk([...TO_PLAN, 'agreement']);
    await post(`/participants/${overdue}/review-requests`, { reason: 'crisis', effectiveDate: '2026-11-20' }).expect(
      200,
    );
    // Met through community connecting in June: the follow-up the journey set (90 days on) is due.
    const followUp = await journeys.refer({ referredOn: '2026-06-01' });
    await journeys.step(followUp, 'identification', { effectiveDate: '2026-06-02' }).expect(200);
    await journeys.step(followUp, 'offer', { effectiveDate: '2026-06-03' }).expect(200);
    await journeys
      .step(followUp, 'guidedConversation', { outcome: 'community-connecting', effectiveDate: '2026-06-04' })
      .expect(200);
    const youngCarer = await carers.registered({
      kind: 'young-carer',
      relationship: 'child',
      dateOfBirth: dateFromToday(20, -18),
    });
    // A reminder that failed for good, about the person just referred (who has no reminders of their own).
    const failedReminder = await stack.api.get(DataSource).getRepository(ReminderEntity).save({
      reminderKey: randomUUID(),
      siteId: 'site-w',
      recipientType: 'participant',
      recipientId: newReferral,
      participantId: newReferral,
      purpose: 'review-due',
      dueDate: '2026-12-03',
      leadDays: 7,
      status: 'failed',
      failedAt: new Date(),
    });

    // The plan agreed on 2026-10-08 has its first review due 8 weeks on, 2026-12-03.
    const firstReviewDue = today <= '2026-12-03';
    const expected: Record<string, string[]> = {
      'new-referrals': [newReferral],
      'awaiting-consent': [awaitingConsent],
      stalled: [awaitingConsent, planned, agreed, overdue],
      'plan-without-isr': [planned, agreed, overdue],
      'budget-decision-overdue': [agreed, overdue],
      'reviews-due': firstReviewDue ? [agreed] : [],
      'reviews-overdue': firstReviewDue ? [overdue] : [overdue, agreed],
      'carer-transitions': [youngCarer],
      'follow-up-due': [followUp],
    };
    for (const [name, ids] of Object.entries(expected)) {
      expect({ name, ids: (await caseIds(`/teams/team-w1/worklists/${name}`)).sort() }).toEqual({
        name,
        ids: [...ids].sort(),
      });
    }
    // The agreed plans' and the follow-up's own reminders fail too (nobody here has contact preferences), as their delivery
    // gets to them: the list holds the failed one made above, and its count is what it lists.
    const failed = (await get('/teams/team-w1/worklists/failed-reminders?pageSize=100').expect(200)).body;
    expect(failed.items).toContainEqual(
      expect.objectContaining({
        id: newReferral,
        reminderId: failedReminder.id,
        detail: 'review-due',
        on: today,
        givenName: 'Alex',
        familyName: 'Example',
      }),
    );
    expect(
      failed.items.every((item: { id: string }) => [newReferral, agreed, overdue, followUp].includes(item.id)),
    ).toBe(true);
    const counts = await get('/teams/team-w1/worklists').expect(200);
    expect(counts.body).toMatchObject({ teamId: 'team-w1', asOf: today, thresholds: set.body });
    expect(
      Object.fromEntries(counts.body.worklists.map((list: { name: string; count: number }) => [list.name, list.count])),
    ).toEqual({
      ...Object.fromEntries(Object.entries(expected).map(([name, ids]) => [name, ids.length])),
      'failed-reminders': expect.any(Number),
    });
    expect(counts.body.worklists.map((list: { name: string }) => list.name)).toContain('failed-reminders');
    const [transition] = (await get('/teams/team-w1/worklists/carer-transitions').expect(200)).body.items;
    expect(transition).toMatchObject({ caseKind: 'carer', on: dateFromToday(20) });
    // The other team's lists hold none of them.
    const otherTeam = await get('/teams/team-w2/worklists').expect(200);
    expect(otherTeam.body.worklists.every((list: { count: number }) => list.count === 0)).toBe(true);
  });

  it('should move a case between two staff members’ caseloads when its coordinator is reassigned, on the timeline', async () => {
    const id = await walk(TO_PLAN);
    expect(await caseIds('/caseload')).toContain(id);
    expect(await caseIds('/caseload', colleague)).not.toContain(id);

    const answer = await post(`/participants/${id}/assignment`, {
      role: 'care-coordinator',
      staffId: 'colleague-w',
      reason: 'Back from leave',
    }).expect(200);
    expect(answer.body).toEqual({
      caseKind: 'participant',
      id,
      stage: 'planning',
      teamId: 'team-w1',
      coordinatorId: 'colleague-w',
      connectorId: 'connector-7',
    });
    expect(await caseIds('/caseload')).not.toContain(id);
    expect(await caseIds('/caseload', colleague)).toContain(id);
    // The person's own record says who holds the case now, not who was named in the plan or the offer.
    expect((await journeys.details(id).expect(200)).body).toMatchObject({ coordinatorId: 'colleague-w' });

    await post(`/participants/${id}/assignment`, { role: 'community-connector', staffId: 'connector-w' }).expect(200);
    const [mine] = (await get('/caseload?pageSize=100', connector).expect(200)).body.items.filter(
      (item: { id: string }) => item.id === id,
    );
    // Named as the referral's details name them, so a caseload reads as people, not ids.
    expect(mine).toMatchObject({
      stage: 'planning',
      stageEnteredOn: '2026-09-24',
      connectorId: 'connector-w',
      givenName: 'Alex',
      familyName: 'Example',
      preferredName: null,
    });

    const timeline = await journeys.timeline(id);
    expect(timeline.slice(-2)).toEqual([
      expect.objectContaining({
        step: 'assignment',
        sequence: 5,
        actor: { staffId: 'coordinator-w', teamId: 'team-w1' },
        details: {
          role: 'coordinator',
          fromStaffId: 'coordinator-w',
          toStaffId: 'colleague-w',
          reason: 'Back from leave',
        },
      }),
      expect.objectContaining({
        step: 'assignment',
        details: { role: 'connector', fromStaffId: 'connector-7', toStaffId: 'connector-w' },
      }),
    ]);
  });

  it('should move a case between team caseloads when it is transferred, with its reason on the timeline', async () => {
    const id = await walk(['identification']);
    expect(await caseIds('/teams/team-w1/caseload')).toContain(id);

    const moved = await post(`/participants/${id}/transfer`, { teamId: 'team-w2', reason: 'Moved across the city' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ teamId: 'team-w2', stage: 'identified' });
    expect(await caseIds('/teams/team-w1/caseload')).not.toContain(id);
    expect(await caseIds('/teams/team-w2/caseload', colleague)).toContain(id);
    // The case is now the new team's: they read it, the old team would need a reason.
    expect((await new JourneyClient(stack.http, colleague).timeline(id)).at(-1)).toMatchObject({
      step: 'transfer',
      details: { fromTeamId: 'team-w1', toTeamId: 'team-w2', reason: 'Moved across the city' },
    });
  });

  it('should assign and transfer a carer the same way, their coordinator’s caseload showing them at once', async () => {
    const carerId = await carers.registered();
    await post(`/carers/${carerId}/assignment`, { role: 'care-coordinator', staffId: 'connector-w' }).expect(200);
    const [held] = (await get('/caseload?pageSize=100', connector).expect(200)).body.items.filter(
      (item: { id: string }) => item.id === carerId,
    );
    expect(held).toMatchObject({ caseKind: 'carer', teamId: 'team-w1', coordinatorId: 'connector-w' });

    await post(`/carers/${carerId}/transfer`, { teamId: 'team-w2', reason: 'Closer to home' }).expect(200);
    expect(await caseIds('/teams/team-w2/caseload', colleague)).toContain(carerId);
    // Its coordinator still holds it in the new team, and reads it as such.
    expect((await new CarerClient(stack.http, connector).timeline(carerId)).map((step) => step.step)).toEqual([
      'registration',
      'assignment',
      'transfer',
    ]);

    const refused = await post(
      `/carers/${carerId}/assignment`,
      { role: 'community-connector', staffId: 'connector-w' },
      colleague,
    ).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'role', reason: "a carer's case takes only care-coordinator" }]);
  });

  it('should answer 404 for another site’s team or case, 409 for a closed case, and 400 naming the field', async () => {
    await get('/teams/team-a1/caseload').expect(404);
    await get('/teams/team-a1/worklists').expect(404);
    await get('/teams/team-w1/worklists/unheard-of').expect(404);
    const siteA = await new JourneyClient(stack.http, staff.coordinator).refer();
    await post(`/participants/${siteA}/assignment`, { role: 'care-coordinator', staffId: 'colleague-w' }).expect(404);
    await post(`/participants/not-a-uuid/transfer`, { teamId: 'team-w2', reason: 'x' }).expect(404);

    const id = await journeys.refer();
    const notStaff = await post(`/participants/${id}/assignment`, {
      role: 'care-coordinator',
      staffId: 'coordinator-a',
    });
    expect(notStaff.status).toBe(400);
    expect(notStaff.body.errors).toEqual([{ field: 'staffId', reason: 'is not a staff member of your site' }]);
    const badTeam = await post(`/participants/${id}/transfer`, { teamId: 'team-a1', reason: 'x' }).expect(400);
    expect(badTeam.body.errors[0].field).toBe('teamId');
    const noReason = await post(`/participants/${id}/transfer`, { teamId: 'team-w2' }).expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const badRole = await post(`/participants/${id}/assignment`, { role: 'boss', staffId: 'colleague-w' }).expect(400);
    expect(badRole.body.errors[0].field).toBe('role');
    expect((await get('/caseload?pageSize=0').expect(400)).body.errors[0].field).toBe('pageSize');
    const badThreshold = await stack.http
      .put('/api/v1/site/worklist-thresholds')
      .set(auth(staff.siteWAdministrator))
      .set('Idempotency-Key', randomUUID())
      .send({ stalledDays: { planning: -1 } })
      .expect(400);
    expect(badThreshold.body.errors[0].field).toBe('stalledDays.planning');
    await stack.http
      .put('/api/v1/site/worklist-thresholds')
      .set(auth(coordinator))
      .set('Idempotency-Key', randomUUID())
      .send({})
      .expect(403);

    await journeys.step(id, 'closure', { effectiveDate: undefined }).expect(200);
    const closed = await post(`/participants/${id}/assignment`, { role: 'care-coordinator', staffId: 'colleague-w' });
    expect(closed.status).toBe(409);
    expect(closed.body.type).toMatch(/case-closed$/);
    await eventually(
      () => caseIds('/teams/team-w1/caseload'),
      (ids) => !ids.includes(id),
    );
  });
});
