import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { appRoutes } from '../support/app-routes';
import { CarerClient } from '../support/carer-client';
import { JourneyClient } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

type Member = { token: string; staffId: string };
const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });

interface AuditRow {
  staff_id: string;
  staff_role: string;
  record_kind: string;
  record_id: string | null;
  part: string;
  method: string;
  route: string;
  status: number;
}

describe('The audit of access to records', () => {
  let stack: TestStack;
  let dataSource: DataSource;
  let journeys: JourneyClient;

  const entriesOf = (requestId: string) =>
    dataSource.query<AuditRow[]>(
      `SELECT staff_id, staff_role, record_kind, record_id, part, method, route, status
         FROM audit_entries WHERE request_id = $1`,
      [requestId],
    );
  const audit = (query: string, member: Member = staff.igLead) =>
    stack.http.get(`/api/v1/audit${query}`).set(auth(member));

  beforeAll(async () => {
    stack = await startTestStack();
    dataSource = stack.api.get(DataSource);
    journeys = new JourneyClient(stack.http);
  });

  afterAll(() => stack.close());

  it('should write an entry for every route about a person or a carer, whatever its outcome', async () => {
    const participantId = await journeys.refer();
    const carerId = await new CarerClient(stack.http).registered();
    const personRoutes = appRoutes(stack.api).filter((route) =>
      /^\/api\/v1\/(participants|carers)(\/|$)/.test(route.path),
    );
    expect(personRoutes.length).toBeGreaterThan(40);

    const unaudited: string[] = [];
    for (const route of personRoutes) {
      const path = route.path
        .replace(':statementId', randomUUID())
        .replace(':id', route.path.startsWith('/api/v1/carers') ? carerId : participantId);
      const requestId = randomUUID();
      const send = async (member: Member) => {
        const request = stack.http[route.method.toLowerCase() as 'get' | 'post' | 'put'](path)
          .set(auth(member))
          .set('X-Request-Id', requestId);
        return route.method === 'GET' ? request : request.send({});
      };
      // The person's coordinator reaches most routes, the budget approver or the IG lead the rest.
      let response = await send(staff.coordinator);
      if (response.status === 403) response = await send(staff.budgetApprover);
      if (response.status === 403) response = await send(staff.igLead);
      const entries = await entriesOf(requestId);
      if (!entries.some((entry) => entry.route === route.path && entry.status === response.status)) {
        unaudited.push(`${route.method} ${route.path} (answered ${response.status})`);
      }
    }
    expect(unaudited).toEqual([]);
  });

  it('should record who read and changed which part of whose record, and what they were answered', async () => {
    const participantId = await journeys.refer();
    const readId = randomUUID();
    const read = await journeys.details(participantId).set('X-Request-Id', readId).expect(200);
    expect(read.headers['x-request-id']).toBe(readId);
    const changeId = randomUUID();
    await journeys.step(participantId, 'identification').set('X-Request-Id', changeId).expect(200);
    const refusedId = randomUUID();
    await journeys.step(participantId, 'agreement').set('X-Request-Id', refusedId).expect(409);
    const who = { staff_id: 'coordinator-a', staff_role: 'care-coordinator', record_kind: 'participant' };
    expect(await entriesOf(readId)).toEqual([
      {
        ...who,
        record_id: participantId,
        part: 'details',
        method: 'GET',
        route: '/api/v1/participants/:id',
        status: 200,
      },
    ]);
    expect(await entriesOf(changeId)).toEqual([
      expect.objectContaining({
        ...who,
        record_id: participantId,
        part: 'identification',
        method: 'POST',
        status: 200,
      }),
    ]);
    expect(await entriesOf(refusedId)).toEqual([expect.objectContaining({ part: 'plan', status: 409 })]);
    const [{ occurred_at: at, ...content }] = await dataSource.query(
      `SELECT * FROM audit_entries WHERE request_id = $1`,
      [changeId],
    );
    expect(at).toBeInstanceOf(Date);
    // Who, what and when: nothing of what was recorded about the person.
    expect(Object.keys(content).sort()).toEqual(
      [
        'seq',
        'site_id',
        'staff_id',
        'staff_role',
        'record_kind',
        'record_id',
        'part',
        'access_reason',
        'request_id',
        'method',
        'route',
        'status',
        'prev_hash',
        'hash',
      ].sort(),
    );
  });

  it('should record an attempt refused before the route ran: by role, by care relationship, by site, by media type', async () => {
    const participantId = await journeys.refer();
    const attempt = async (member: Member, expected: number, send = (id: string) => journeys.details(id)) => {
      const requestId = randomUUID();
      await send(participantId).set(auth(member)).set('X-Request-Id', requestId).expect(expected);
      return entriesOf(requestId);
    };
    const refusal = (staffId: string, status: number) =>
      expect.objectContaining({ staff_id: staffId, record_id: participantId, part: 'details', status });

    expect(await attempt(staff.programmeLead, 403)).toEqual([refusal('lead-a', 403)]);
    expect(await attempt(staff.colleague, 403)).toEqual([refusal('colleague-a', 403)]);
    expect(await attempt(staff.otherSite, 404)).toEqual([refusal('coordinator-b', 404)]);
    const asText = (id: string) =>
      stack.http
        .put(`/api/v1/participants/${id}/details`)
        .set('Idempotency-Key', randomUUID())
        .set('Content-Type', 'text/plain')
        .send('Siân Jones');
    expect(await attempt(staff.coordinator, 415, asText)).toEqual([
      expect.objectContaining({ staff_id: 'coordinator-a', part: 'personal-details', method: 'PUT', status: 415 }),
    ]);
    // Who a bad token belongs to is not known: nothing to account for against a record.
    expect(await attempt({ token: 'not-a-token', staffId: 'nobody' }, 401)).toEqual([]);
  });

  describe('GET /audit', () => {
    it('should be for the IG lead only', async () => {
      await audit('', staff.coordinator).expect(403);
      await audit('', staff.administrator).expect(403);
      await stack.http.get('/api/v1/audit/verification').set(auth(staff.programmeLead)).expect(403);
    });

    it('should list a person’s accesses, a staff member’s, a period’s, and as CSV', async () => {
      const participantId = await journeys.refer();
      const start = new Date().toISOString();
      await journeys.details(participantId).expect(200);
      await new JourneyClient(stack.http, staff.connector).timeline(participantId);

      const ofPerson = await audit(`?participantId=${participantId}`).expect(200);
      expect(ofPerson.body).toMatchObject({ page: 1, pageSize: 25, total: 3 });
      expect(ofPerson.body.items.map((item: { part: string }) => item.part)).toEqual([
        'timeline',
        'details',
        'referral',
      ]);
      expect(ofPerson.body.items[0]).toMatchObject({
        staffId: 'connector-a',
        staffRole: 'community-connector',
        recordKind: 'participant',
        recordId: participantId,
        method: 'GET',
        route: '/api/v1/participants/:id/timeline',
        status: 200,
        accessReason: null,
      });
      const byColleague = await audit(`?participantId=${participantId}&staffId=connector-a`).expect(200);
      expect(byColleague.body.total).toBe(1);
      const since = await audit(`?participantId=${participantId}&from=${start}`).expect(200);
      expect(since.body.total).toBe(2);
      const until = await audit(`?participantId=${participantId}&to=${start}`).expect(200);
      expect(until.body.total).toBe(1);

      const csv = await audit(`?participantId=${participantId}&format=csv`).expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const [header, ...rows] = csv.text.trim().split('\r\n');
      expect(header).toBe(
        'seq,occurredAt,staffId,staffRole,recordKind,recordId,part,accessReason,requestId,method,route,status,hash',
      );
      expect(rows).toHaveLength(3);
      expect(rows[0]).toContain(`,connector-a,community-connector,participant,${participantId},timeline,,`);

      const refused = await audit('?participantId=nope&from=yesterday').expect(400);
      expect(refused.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
        'from',
        'participantId',
      ]);
    });

    it('should answer who has looked at a record, and 404 for one of another site', async () => {
      const participantId = await journeys.refer();
      await journeys.timeline(participantId);
      const log = await stack.http
        .get(`/api/v1/participants/${participantId}/access-log`)
        .set(auth(staff.igLead))
        .expect(200);
      expect(log.body.items.map((item: { staffId: string; part: string }) => `${item.staffId} ${item.part}`)).toEqual([
        'coordinator-a timeline',
        'coordinator-a referral',
      ]);
      await stack.http.get(`/api/v1/participants/${participantId}/access-log`).set(auth(staff.coordinator)).expect(403);
      const elsewhere = await new JourneyClient(stack.http, staff.otherSite).refer();
      await stack.http.get(`/api/v1/participants/${elsewhere}/access-log`).set(auth(staff.igLead)).expect(404);
    });
  });

  describe('GET /audit/verification', () => {
    it("should find the site's chain whole", async () => {
      await journeys.refer();
      const verification = await stack.http.get('/api/v1/audit/verification').set(auth(staff.igLead)).expect(200);
      expect(verification.body).toMatchObject({ verified: true, breaks: [] });
      expect(verification.body.entries).toBeGreaterThan(0);
      expect(verification.body.headHash).toMatch(/^[0-9a-f]{64}$/);
    });
  });
});
