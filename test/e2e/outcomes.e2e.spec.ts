import { DEFAULT_OUTCOME_MEASURES } from '@ipc/domain';
import { JourneyClient, TO_AGREEMENT } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });
const CHILD = {
  cohort: 'children-young-people-complex-needs',
  dateOfBirth: '2019-05-04',
  referralSource: 'ehc-planning',
};
const UNMEASURED = { notMeasuredReason: 'not-validated', planningSupport: 'supported-planning' };

describe('Outcomes: activation as the site measures it, refusals with their reasons', () => {
  let stack: TestStack;
  let journeys: JourneyClient;

  const toActivation = async (referral: Record<string, unknown> = {}) => {
    const id = await journeys.refer(referral);
    for (const step of ['identification', 'offer', 'guidedConversation'] as const) {
      await journeys.step(id, step).expect(200);
    }
    return id;
  };

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http);
  });

  afterAll(() => stack.close());

  it("should keep the site's activation cohorts, set by an administrator only, each bad value named", async () => {
    const defaults = await stack.http.get('/api/v1/site/outcome-measures').set(auth(staff.coordinator)).expect(200);
    expect(defaults.body).toEqual(DEFAULT_OUTCOME_MEASURES);
    expect(defaults.body.activationCohorts).not.toContain('children-young-people-complex-needs');
    const body = { activationCohorts: ['multiple-long-term-conditions'] };
    await stack.http.put('/api/v1/site/outcome-measures').set(auth(staff.coordinator)).send(body).expect(403);
    const bad = await stack.http
      .put('/api/v1/site/outcome-measures')
      .set(auth(staff.administrator))
      .send({ activationCohorts: ['everyone'] })
      .expect(400);
    expect(bad.body.errors).toEqual([
      { field: 'activationCohorts', reason: expect.stringContaining('must be one of') },
    ]);
    const set = await stack.http.put('/api/v1/site/outcome-measures').set(auth(staff.administrator)).send(body);
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ ...body, qualityOfLifeInstruments: [] });
    const otherSite = await stack.http.get('/api/v1/site/outcome-measures').set(auth(staff.otherSite)).expect(200);
    expect(otherSite.body).toEqual(DEFAULT_OUTCOME_MEASURES);
    await stack.http
      .put('/api/v1/site/outcome-measures')
      .set(auth(staff.administrator))
      .send(DEFAULT_OUTCOME_MEASURES)
      .expect(200);
  });

  it('should take a child to planning without a PAM score, with the reason and the support the coordinator chose', async () => {
    const child = await toActivation(CHILD);
    const scored = await journeys.step(child, 'activation', { score: 52.3 }).expect(400);
    expect(scored.body.errors).toEqual([
      { field: 'score', reason: expect.stringContaining('does not measure activation for children-young-people') },
    ]);
    const incomplete = await journeys.step(child, 'activation', { score: undefined }).expect(400);
    expect(incomplete.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'notMeasuredReason',
      'planningSupport',
    ]);
    const planning = await journeys.step(child, 'activation', { score: undefined, ...UNMEASURED }).expect(200);
    expect(planning.body).toMatchObject({
      stage: 'planning',
      activation: { score: null, level: null, ...UNMEASURED, measuredOn: '2026-09-24' },
    });
    await journeys.step(child, 'carePlan').expect(200);
    await journeys.step(child, 'agreement').expect(200);
    const details = await journeys.details(child).expect(200);
    expect(details.body).toMatchObject({ stage: 'plan-agreed', activation: { score: null, ...UNMEASURED } });
  });

  it('should let an adult decline the PAM, and measure activation again once the plan is agreed', async () => {
    const adult = await toActivation();
    await journeys
      .step(adult, 'activation', { score: undefined, notMeasuredReason: 'declined', planningSupport: 'self-planning' })
      .expect(200);
    await journeys.step(adult, 'carePlan').expect(200);
    await journeys.step(adult, 'agreement').expect(200);
    const remeasured = await journeys.step(adult, 'activation', { score: 71.5, effectiveDate: '2026-11-02' });
    expect(remeasured.status).toBe(200);
    expect(remeasured.body).toMatchObject({
      stage: 'plan-agreed',
      activation: { score: 71.5, level: 4, planningSupport: 'self-planning', measuredOn: '2026-11-02' },
    });
    const timeline = await journeys.timeline(adult);
    expect(timeline.filter((entry) => entry.step === 'activation')).toHaveLength(2);
  });

  it('should refuse a declined advocacy offer or budget without a reason, and keep the reason given', async () => {
    const id = await journeys.refer();
    await journeys.step(id, 'identification').expect(200);
    const refused = await journeys.step(id, 'offer', { advocacy: 'declined' }).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'advocacyDeclinedReason', reason: expect.any(String) }]);
    const reason = 'Has a friend who speaks up for them';
    await journeys.step(id, 'offer', { advocacy: 'declined', advocacyDeclinedReason: reason }).expect(200);
    for (const step of ['guidedConversation', 'activation', 'carePlan', 'agreement'] as const) {
      await journeys.step(id, step).expect(200);
    }
    const decline = (body: object) =>
      stack.http
        .post(`/api/v1/participants/${id}/budget/decline`)
        .set(auth(staff.coordinator))
        .set('Idempotency-Key', crypto.randomUUID())
        .send(body);
    const noReason = await decline({ effectiveDate: '2026-10-20' }).expect(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', reason: expect.any(String) }]);
    await decline({ reason: 'Wants the council to arrange it', effectiveDate: '2026-10-20' }).expect(200);
    const timeline = await journeys.timeline(id);
    expect(timeline.find((entry) => entry.step === 'offer')?.details).toMatchObject({ advocacyDeclinedReason: reason });
    expect(timeline.find((entry) => entry.step === 'budget-decline')?.details).toMatchObject({
      reason: 'Wants the council to arrange it',
    });
  });

  it("should review a child's EHC plan every 6 months while they are under five, every 12 from five", async () => {
    const reviewed = async (dateOfBirth: string) => {
      const id = await toActivation({ ...CHILD, dateOfBirth });
      await journeys.step(id, 'activation', { score: undefined, ...UNMEASURED }).expect(200);
      const planned = await journeys.step(id, 'carePlan', { ehcPlan: true }).expect(200);
      expect(planned.body.ehcPlan).toEqual({ underFive: dateOfBirth > '2021-10-01' });
      // Agreed on 2026-10-08: the care and support plan's first review (8 weeks) comes first.
      const agreed = await journeys.step(id, 'agreement').expect(200);
      expect(agreed.body.reviews.nextDueOn).toBe('2026-12-03');
      const review = await stack.http
        .post(`/api/v1/participants/${id}/reviews`)
        .set(auth(staff.coordinator))
        .set('Idempotency-Key', crypto.randomUUID())
        .send({ outcome: 'continue', attendees: [{ role: 'participant' }], effectiveDate: '2026-11-20' })
        .expect(200);
      return { id, nextDueOn: review.body.reviews.nextDueOn as string };
    };
    const underFive = await reviewed('2023-03-01');
    expect(underFive.nextDueOn).toBe('2027-05-20');
    expect((await journeys.details(underFive.id).expect(200)).body.ehcPlan).toEqual({ underFive: true });
    expect((await reviewed('2015-06-01')).nextDueOn).toBe('2027-11-20');
  });

  it('should record crises and unplanned admissions as dated events with their source, in the order they happened', async () => {
    const id = await journeys.walk(['identification']);
    const record = (body: object) =>
      stack.http
        .post(`/api/v1/participants/${id}/crisis-events`)
        .set(auth(staff.coordinator))
        .set('Idempotency-Key', crypto.randomUUID())
        .send(body);
    const admission = { kind: 'unplanned-admission', occurredOn: '2026-10-02', source: 'hospital-discharge-notice' };
    const recorded = await record(admission).expect(201);
    expect(recorded.body).toMatchObject({ ...admission, note: null, recordedBy: 'coordinator-a' });
    await record({ kind: 'crisis', occurredOn: '2026-09-20', source: 'crisis-team', note: 'Out of hours' }).expect(201);
    const bad = await record({ kind: 'fall', occurredOn: '2999-01-01', source: 'rumour' }).expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'kind',
      'occurredOn',
      'source',
    ]);
    const beforeBirth = await record({ ...admission, occurredOn: '1940-01-01' }).expect(400);
    expect(beforeBirth.body.errors).toEqual([{ field: 'occurredOn', reason: 'must not be before the date of birth' }]);
    const listed = await stack.http
      .get(`/api/v1/participants/${id}/crisis-events`)
      .set(auth(staff.coordinator))
      .expect(200);
    expect(
      listed.body.items.map((event: { kind: string; occurredOn: string }) => [event.kind, event.occurredOn]),
    ).toEqual([
      ['crisis', '2026-09-20'],
      ['unplanned-admission', '2026-10-02'],
    ]);
    await stack.http.get(`/api/v1/participants/${id}/crisis-events`).set(auth(staff.otherSite)).expect(404);
  });

  it("should rate each of the plan's outcomes at a review, with a note, and refuse an outcome the plan lacks", async () => {
    const id = await journeys.walk(TO_AGREEMENT);
    const review = (outcomeRatings: object[]) =>
      stack.http
        .post(`/api/v1/participants/${id}/reviews`)
        .set(auth(staff.coordinator))
        .set('Idempotency-Key', crypto.randomUUID())
        .send({
          outcome: 'continue',
          attendees: [{ role: 'participant' }],
          effectiveDate: '2026-11-20',
          outcomeRatings,
        });
    const unknown = await review([{ outcome: 1, rating: 'achieved' }]).expect(400);
    expect(unknown.body.errors).toEqual([
      { field: 'outcomeRatings[0].outcome', reason: 'the plan in force has 1 outcomes' },
    ]);
    const twice = await review([
      { outcome: 0, rating: 'achieved' },
      { outcome: 0, rating: 'partly' },
    ]).expect(400);
    expect(twice.body.errors[0].field).toBe('outcomeRatings[1].outcome');
    const badRating = await review([{ outcome: 0, rating: 'great' }]).expect(400);
    expect(badRating.body.errors[0].field).toBe('outcomeRatings[0].rating');
    const rating = { outcome: 0, rating: 'partly', note: 'Two falls since the plan, down from six' };
    await review([rating]).expect(200);
    const timeline = await journeys.timeline(id);
    expect(timeline.find((entry) => entry.step === 'review')?.details).toMatchObject({ outcomeRatings: [rating] });
  });

  it("should record quality of life by the site's instruments within their range, from planning on", async () => {
    const instruments = [
      { instrument: 'EQ-5D-5L', version: '1.0', minimum: 0, maximum: 100 },
      { instrument: 'ICECAP-A', version: '2', minimum: 0, maximum: 1 },
    ];
    const setMeasures = (body: object) =>
      stack.http.put('/api/v1/site/outcome-measures').set(auth(staff.administrator)).send(body);
    const backwards = await setMeasures({
      ...DEFAULT_OUTCOME_MEASURES,
      qualityOfLifeInstruments: [{ ...instruments[0], minimum: 100, maximum: 0 }],
    }).expect(400);
    expect(backwards.body.errors[0].field).toBe('qualityOfLifeInstruments[0].maximum');
    await setMeasures({ ...DEFAULT_OUTCOME_MEASURES, qualityOfLifeInstruments: instruments }).expect(200);
    try {
      const measure = (id: string, body: object) =>
        stack.http
          .post(`/api/v1/participants/${id}/quality-of-life`)
          .set(auth(staff.coordinator))
          .set('Idempotency-Key', crypto.randomUUID())
          .send(body);
      const early = await journeys.walk(['identification']);
      expect((await measure(early, { instrument: 'EQ-5D-5L', score: 70 }).expect(409)).body.stage).toBe('identified');
      const id = await journeys.walk(TO_AGREEMENT);
      const unknown = await measure(id, { instrument: 'SF-36', score: 70 }).expect(400);
      expect(unknown.body.errors).toEqual([
        { field: 'instrument', reason: "is not one of the site's instruments (EQ-5D-5L, ICECAP-A)" },
      ]);
      const outOfRange = await measure(id, { instrument: 'ICECAP-A', score: 1.2 }).expect(400);
      expect(outOfRange.body.errors).toEqual([{ field: 'score', reason: 'must be from 0 to 1 for ICECAP-A' }]);
      const recorded = await measure(id, { instrument: 'ICECAP-A', score: 0.734, effectiveDate: '2026-11-20' });
      expect(recorded.status).toBe(201);
      expect(recorded.body).toMatchObject({ instrument: 'ICECAP-A', version: '2', score: 0.734, stage: 'plan-agreed' });
      const listed = await stack.http
        .get(`/api/v1/participants/${id}/quality-of-life`)
        .set(auth(staff.coordinator))
        .expect(200);
      expect(listed.body.items).toEqual([expect.objectContaining({ score: 0.734, measuredOn: '2026-11-20' })]);
    } finally {
      await setMeasures(DEFAULT_OUTCOME_MEASURES).expect(200);
    }
  });
});
