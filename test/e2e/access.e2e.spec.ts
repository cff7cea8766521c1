import type { StaffMember } from '@ipc/config';
import type { RecordKind } from '@ipc/persistence';
import request from 'supertest';
import { ACCESS_RULES, roleMayDo, ruleOf } from '../../apps/api/src/auth/access-rules';
import { QUEUE_BOARD_ACCESS } from '../../apps/api/src/queues/queue-board';
import { type AppRoute, appRoutes, concretePath } from '../support/app-routes';
import { CarerClient } from '../support/carer-client';
import { JourneyClient } from '../support/journey-client';
import { serviceAccounts, staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

type Caller = Pick<StaffMember, 'role'> & { token: string; teamId?: string };

/** One caller of each role at site A; the care-team ones on team-a1, whose caseload holds the records. */
const CALLERS: Record<string, Caller> = {
  'care-coordinator': staff.coordinator,
  'community-connector': staff.connector,
  'budget-approver': staff.budgetApprover,
  'programme-lead': staff.programmeLead,
  administrator: staff.administrator,
  'ig-lead': staff.igLead,
  'recovery-operator': serviceAccounts.recovery,
  'programme-reporter': serviceAccounts.reporting,
};

const CARE_TEAM = new Set(['care-coordinator', 'community-connector', 'budget-approver']);

const describeRoute = (route: AppRoute) => `${route.method} ${route.path}`;

describe('Access: one table of roles x actions, the care relationship and break glass', () => {
  let stack: TestStack;
  let records: Record<RecordKind, string>;
  let routes: AppRoute[];
  const guarded = () => routes.filter((route) => !route.isPublic);
  /** The routes with an access rule, each with it (the first test fails for any without). */
  const ruled = () => guarded().flatMap((route) => (route.access ? [{ ...route, access: route.access }] : []));
  const recordRoutes = () => ruled().filter((route) => route.access.recordKind);

  beforeAll(async () => {
    stack = await startTestStack();
    routes = appRoutes(stack.api);
    records = {
      participant: await new JourneyClient(stack.http).refer(),
      carer: await new CarerClient(stack.http).registered(),
    };
  });

  afterAll(() => stack.close());

  /**
   * Sends the route as the caller would, without an Idempotency-Key: a write its guard lets through is
   * then refused (400) before anything runs, so the matrix changes nothing.
   */
  function send(route: AppRoute, caller: { token: string }, path = concretePath(route, records)) {
    const http = request(stack.api.getHttpServer());
    const call = route.method === 'GET' ? http.get(path) : http[route.method === 'POST' ? 'post' : 'put'](path);
    call.set('Authorization', `Bearer ${caller.token}`);
    return route.method === 'GET' ? call : call.send({});
  }

  it('should find an access rule for every route the application serves, and a route for every rule', () => {
    expect(guarded().length).toBeGreaterThan(60);
    expect(
      guarded()
        .filter((route) => !route.access)
        .map(describeRoute),
    ).toEqual([]);
    // The queue dashboard serves its own pages, outside Nest's routes, behind the same rule.
    const used = new Set([...guarded().map((route) => route.access?.action), QUEUE_BOARD_ACCESS]);
    expect(Object.keys(ACCESS_RULES).filter((action) => !used.has(action as never))).toEqual([]);
    expect(
      routes
        .filter((route) => route.isPublic)
        .map(describeRoute)
        .sort(),
    ).toEqual([
      'GET /health',
      'GET /health/live',
      'GET /health/ready',
      'GET /metrics',
      'POST /api/v1/notify/delivery-receipts',
    ]);
  });

  it.each(Object.entries(CALLERS))('should answer each route as the table says for a %s', async (role, caller) => {
    const wrong: string[] = [];
    for (const route of ruled()) {
      const { access } = route;
      const response = await send(route, caller);
      const needsRelationship = access.recordKind && ruleOf(access.action).relationship !== false;
      const expected = !roleMayDo(caller.role, access.action)
        ? 'forbidden'
        : needsRelationship && !CARE_TEAM.has(role)
          ? 'no-care-relationship'
          : 'allowed';
      const got =
        response.status === 403
          ? String(response.body.type).split('/').pop()
          : response.status === 401
            ? '401'
            : 'allowed';
      if (got !== expected)
        wrong.push(`${describeRoute(route)} (${access.action}): ${response.status} ${got}, expected ${expected}`);
    }
    expect(wrong).toEqual([]);
  });

  it("should keep every person and carer endpoint to the record's team (403 for another team, 404 for another site)", async () => {
    const wrong: string[] = [];
    for (const route of recordRoutes()) {
      const { access } = route;
      const roleAllowed = roleMayDo('care-coordinator', access.action);
      const expectations: [string, Caller, number | 'allowed'][] = [
        ['own team', staff.coordinator, roleAllowed ? 'allowed' : 403],
        [
          'another team',
          staff.colleague,
          !roleAllowed || ruleOf(access.action).relationship !== false ? 403 : 'allowed',
        ],
        ['another site', staff.otherSite, roleAllowed ? 404 : 403],
      ];
      for (const [who, caller, expected] of expectations) {
        const { status } = await send(route, caller);
        // Allowed: anything but a refusal of who is asking (a GET may still find nothing recorded yet, 404).
        const ok = expected === 'allowed' ? status !== 401 && status !== 403 : status === expected;
        if (!ok) wrong.push(`${describeRoute(route)} as ${who}: ${status}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  describe('break glass', () => {
    it('should open a record to staff outside its team once they state a reason, for a while, and list it for the IG lead', async () => {
      const { participant } = records;
      const colleague = { Authorization: `Bearer ${staff.colleague.token}` };
      const refused = await stack.http.get(`/api/v1/participants/${participant}`).set(colleague).expect(403);
      expect(refused.body).toMatchObject({ recordKind: 'participant' });
      expect(refused.body.detail).toContain(`/api/v1/participants/${participant}/access-reasons`);

      await stack.http
        .post(`/api/v1/participants/${participant}/access-reasons`)
        .set(colleague)
        .send({ reason: 'short' })
        .expect(400);
      const opened = await stack.http
        .post(`/api/v1/participants/${participant}/access-reasons`)
        .set(colleague)
        .send({ reason: 'Duty worker: the person called about an urgent change in care' })
        .expect(201);
      const minutes = (Date.parse(opened.body.expiresAt) - Date.parse(opened.body.openedAt)) / 60_000;
      expect(minutes).toBe(60);
      await stack.http.get(`/api/v1/participants/${participant}`).set(colleague).expect(200);
      await stack.http.get(`/api/v1/participants/${participant}/timeline`).set(colleague).expect(200);
      // Open to that staff member only, and for that record only.
      await stack.http.get(`/api/v1/carers/${records.carer}`).set(colleague).expect(403);
      await stack.http
        .get(`/api/v1/participants/${participant}`)
        .set({ Authorization: `Bearer ${staff.administrator.token}` })
        .expect(403);

      const listed = await stack.http
        .get('/api/v1/access/break-glass')
        .query({ recordId: participant })
        .set({ Authorization: `Bearer ${staff.igLead.token}` })
        .expect(200);
      expect(listed.body).toMatchObject({ total: 1, page: 1 });
      expect(listed.body.items[0]).toMatchObject({
        id: opened.body.id,
        recordKind: 'participant',
        recordId: participant,
        staffId: 'colleague-a',
        staffRole: 'care-coordinator',
        reason: 'Duty worker: the person called about an urgent change in care',
      });
      const byStaff = await stack.http
        .get('/api/v1/access/break-glass')
        .query({ staffId: 'nobody-at-all' })
        .set({ Authorization: `Bearer ${staff.igLead.token}` })
        .expect(200);
      expect(byStaff.body.total).toBe(0);
    });

    it("should refuse a reason for another site's record (404) and from a programme lead (403)", async () => {
      const body = { reason: 'Trying to look at a record elsewhere' };
      await stack.http
        .post(`/api/v1/participants/${records.participant}/access-reasons`)
        .set({ Authorization: `Bearer ${staff.otherSite.token}` })
        .send(body)
        .expect(404);
      await stack.http
        .post(`/api/v1/carers/${records.carer}/access-reasons`)
        .set({ Authorization: `Bearer ${staff.programmeLead.token}` })
        .send(body)
        .expect(403);
      await stack.http
        .get('/api/v1/access/break-glass')
        .set({ Authorization: `Bearer ${staff.coordinator.token}` })
        .expect(403);
    });
  });
});
