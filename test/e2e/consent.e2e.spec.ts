import { randomUUID } from 'node:crypto';
import { CarerClient } from '../support/carer-client';
import { JourneyClient } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });
const PARENT = { givenBy: 'parent', capacityAssessed: false, effectiveDate: '2026-09-03' };

describe('Consent per scope: who gave it, capacity, when, and withdrawal at any stage', () => {
  let stack: TestStack;
  let journeys: JourneyClient;

  const post = (path: string, body: object, member = staff.coordinator) =>
    stack.http.post(`/api/v1/${path}`).set(auth(member)).set('Idempotency-Key', randomUUID()).send(body);
  const inForce = (body: { inForce: { scope: string; decision: string | null }[] }) =>
    Object.fromEntries(body.inForce.map(({ scope, decision }) => [scope, decision]));

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http);
  });

  afterAll(() => stack.close());

  it("should record a parent's consent for a child, scope by scope, and keep every decision", async () => {
    const child = await journeys.refer({ cohort: 'children-young-people-complex-needs', dateOfBirth: '2019-05-04' });
    const none = await stack.http.get(`/api/v1/participants/${child}/consent`).set(auth(staff.coordinator)).expect(200);
    expect(inForce(none.body)).toEqual({ share: null, link: null, evaluation: null });

    await post(`participants/${child}/consent`, { ...PARENT, scopes: ['share', 'link'], decision: 'given' }).expect(
      200,
    );
    const declined = await post(`participants/${child}/consent`, {
      ...PARENT,
      scopes: ['evaluation'],
      decision: 'declined',
      reason: 'Does not want the family in a study',
    }).expect(200);
    expect(inForce(declined.body)).toEqual({ share: 'given', link: 'given', evaluation: 'declined' });
    expect(declined.body.inForce[0]).toMatchObject({
      scope: 'share',
      givenBy: 'parent',
      capacityAssessed: false,
      effectiveOn: '2026-09-03',
      recordedBy: 'coordinator-a',
    });
    expect(declined.body.history).toHaveLength(3);
    await stack.http.get(`/api/v1/participants/${child}/consent`).set(auth(staff.otherSite)).expect(404);
  });

  it('should refuse a refusal without its reason and a best-interests decision without who decided, naming each', async () => {
    const id = await journeys.refer();
    const noReason = await post(`participants/${id}/consent`, {
      scopes: ['share'],
      decision: 'declined',
      givenBy: 'person',
      capacityAssessed: true,
    }).expect(400);
    expect(noReason.body.errors.map((error: { field: string }) => error.field)).toEqual(['reason']);
    const bestInterests = {
      scopes: ['share', 'link'],
      decision: 'given',
      givenBy: 'best-interests',
      capacityAssessed: true,
    };
    const noDecider = await post(`participants/${id}/consent`, bestInterests).expect(400);
    expect(noDecider.body.errors.map((error: { field: string }) => error.field)).toEqual(['decidedBy']);
    const badScope = await post(`participants/${id}/consent`, { ...bestInterests, scopes: ['everything'] }).expect(400);
    expect(badScope.body.errors[0].field).toBe('scopes');
    const decided = await post(`participants/${id}/consent`, {
      ...bestInterests,
      decidedBy: 'Dr A Patel, consultant psychiatrist',
    }).expect(200);
    expect(decided.body.inForce[1]).toMatchObject({
      scope: 'link',
      givenBy: 'best-interests',
      decidedBy: 'Dr A Patel, consultant psychiatrist',
    });
  });

  it('should withdraw consent per scope at any stage, saying what follows, and refuse a scope not given', async () => {
    const id = await journeys.walk(['identification', 'offer']);
    const everything = {
      scopes: ['share', 'link', 'evaluation'],
      decision: 'given',
      givenBy: 'person',
      capacityAssessed: false,
    };
    await post(`participants/${id}/consent`, everything).expect(200);
    const withdrawn = await post(`participants/${id}/consent/withdrawal`, {
      scopes: ['evaluation'],
      reason: 'Changed their mind about the study',
    }).expect(200);
    expect(inForce(withdrawn.body)).toEqual({ share: 'given', link: 'given', evaluation: 'withdrawn' });
    expect(withdrawn.body.whatFollows).toEqual([
      { scope: 'evaluation', whatFollows: expect.stringContaining('leaves the evaluation extract') },
    ]);
    const again = await post(`participants/${id}/consent/withdrawal`, { scopes: ['evaluation', 'share'], reason: 'x' });
    expect(again.status).toBe(409);
    expect(again.body.scopes).toEqual(['evaluation']);
    const noReason = await post(`participants/${id}/consent/withdrawal`, { scopes: ['share'] }).expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    expect((await journeys.details(id).expect(200)).body.stage).toBe('offered');
  });

  it("should keep a carer's consent likewise", async () => {
    const carerId = await new CarerClient(stack.http).registered();
    await post(`carers/${carerId}/consent`, {
      scopes: ['share'],
      decision: 'given',
      givenBy: 'person',
      capacityAssessed: false,
    }).expect(200);
    const withdrawn = await post(`carers/${carerId}/consent/withdrawal`, { scopes: ['share'], reason: 'Moved away' });
    expect(withdrawn.status).toBe(200);
    expect(inForce(withdrawn.body)).toEqual({ share: 'withdrawn', link: null, evaluation: null });
    await stack.http.get(`/api/v1/carers/${carerId}/consent`).set(auth(staff.otherSite)).expect(404);
  });
});
