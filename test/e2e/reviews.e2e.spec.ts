import { DataSource } from 'typeorm';
import { JourneyClient, TO_AGREEMENT, TO_PLANNING } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });
const attendees = [{ role: 'participant' }, { role: 'carer', name: 'Ann Example' }, { role: 'care-coordinator' }];

describe('Reviews through the API', () => {
  let stack: TestStack;
  let journeys: JourneyClient;

  const post = (participantId: string, path: string, body: object) =>
    stack.http.post(`/api/v1/participants/${participantId}/${path}`).set(auth(staff.coordinator)).send(body);
  const dueList = async (within = '30d') =>
    (await stack.http.get(`/api/v1/reviews/due?within=${within}&pageSize=100`).set(auth(staff.coordinator)).expect(200))
      .body;

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http);
  });

  afterAll(() => stack.close());

  it('should schedule the first review 8 weeks after agreement under the default rules, and list it as due', async () => {
    const id = await journeys.walk(TO_AGREEMENT);
    const details = await journeys.details(id).expect(200);
    // The plan was agreed on 2026-10-08: the care and support plan rule puts the first review 8 weeks on.
    expect(details.body).toMatchObject({
      stage: 'plan-agreed',
      allowedSteps: expect.arrayContaining(['review', 'review-request']),
    });
    const reviews = await dataSourceReviewDue(id);
    expect(reviews).toBe('2026-12-03');
    const listed = await dueList('30d');
    expect(listed.items).toContainEqual(expect.objectContaining({ participantId: id, dueOn: '2026-12-03' }));
    // Due 2026-12-03 (the factories' dates are fixed): outside a one-day window until the day before it.
    const dueWithinADay = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) >= '2026-12-03';
    const listedWithinADay = (await dueList('1d')).items.map(
      (review: { participantId: string }) => review.participantId,
    );
    expect(listedWithinADay.includes(id)).toBe(dueWithinADay);
  });

  it('should bring a review forward when one is requested, show it overdue, and reset the cycle once held', async () => {
    const id = await journeys.walk(TO_AGREEMENT);
    await post(id, 'review-requests', { reason: 'hospital-admission', effectiveDate: '2026-11-20' }).expect(200);
    expect((await dueList('0d')).items).toContainEqual(
      expect.objectContaining({ participantId: id, dueOn: '2026-11-20', overdue: true }),
    );

    const held = await post(id, 'reviews', { outcome: 'continue', attendees, effectiveDate: '2026-11-22' }).expect(200);
    expect(held.body.reviews).toMatchObject({ lastReviewOn: '2026-11-22', requestedOn: null, nextDueOn: '2027-11-22' });
    expect(await dataSourceReviewDue(id)).toBe('2027-11-22');
    // The review keeps the date it was due when held (two days late), for the programme figures.
    const [review] = await stack.api
      .get(DataSource)
      .query(
        `SELECT to_char(review_due_on, 'YYYY-MM-DD') AS due FROM journey_steps WHERE participant_id = $1 AND step = 'review'`,
        [id],
      );
    expect(review.due).toBe('2026-11-20');
    const timeline = await journeys.timeline(id);
    expect(timeline.at(-1)).toMatchObject({
      step: 'review',
      details: {
        attendeeCount: 3,
        carersAttended: 1,
        outcome: 'continue',
        attendees: expect.arrayContaining([{ role: 'carer', name: 'Ann Example' }]),
      },
    });
  });

  it('should send the plan back to planning on a revise outcome, and return to plan-agreed once the new version is agreed', async () => {
    const id = await journeys.walk(TO_AGREEMENT);
    const revise = await post(id, 'reviews', { outcome: 'revise', attendees, effectiveDate: '2026-11-01' }).expect(200);
    expect(revise.body.stage).toBe('planning');
    await journeys.step(id, 'carePlan', { effectiveDate: '2026-11-02' }).expect(200);
    const agreed = await journeys.step(id, 'agreement', { planVersion: 2, effectiveDate: '2026-11-03' }).expect(200);
    expect(agreed.body).toMatchObject({ stage: 'plan-agreed', carePlan: { version: 2, agreedOn: '2026-11-03' } });
  });

  it('should close the journey on a close outcome, which needs a reason', async () => {
    const id = await journeys.walk(TO_AGREEMENT);
    const missing = await post(id, 'reviews', { outcome: 'close', attendees }).expect(400);
    expect(missing.body.errors[0].field).toBe('closureReason');
    const closed = await post(id, 'reviews', { outcome: 'close', closureReason: 'needs-met', attendees }).expect(200);
    expect(closed.body).toMatchObject({ stage: 'closed', closure: { reason: 'needs-met' } });
    expect(await dataSourceReviewDue(id)).toBeNull();
  });

  it('should refuse a review before a plan is agreed (409) and let only administrators change the rules', async () => {
    const id = await journeys.walk(TO_PLANNING);
    const refused = await post(id, 'reviews', { outcome: 'continue', attendees }).expect(409);
    expect(refused.body.stage).toBe('planning');
    const rules = [{ id: 'phb', appliesTo: 'nhs-funding', firstAfter: { months: 3 }, thenEveryMonths: 12 }];
    await stack.http.put('/api/v1/site/review-rules').set(auth(staff.coordinator)).send({ rules }).expect(403);
    const bad = await stack.http
      .put('/api/v1/site/review-rules')
      .set(auth(staff.administrator))
      .send({ rules: [{ ...rules[0], appliesTo: 'horoscope' }] })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('rules[0].appliesTo');
  });

  it('should refuse rules without a first review time or with a repeated id, naming the field and keeping the rules', async () => {
    const put = (rules: object[]) =>
      stack.http.put('/api/v1/site/review-rules').set(auth(staff.administrator)).send({ rules });
    const before = (await stack.http.get('/api/v1/site/review-rules').set(auth(staff.administrator)).expect(200)).body;
    const rule = { id: 'phb', appliesTo: 'nhs-funding', firstAfter: { months: 3 }, thenEveryMonths: 12 };

    const noFirstReview = await put([{ ...rule, firstAfter: {} }]).expect(400);
    expect(noFirstReview.body.errors).toEqual([
      { field: 'rules[0].firstAfter', reason: 'must give weeks, months or both' },
    ]);
    const repeated = await put([rule, { ...rule, appliesTo: 'direct-payment' }]).expect(400);
    expect(repeated.body.errors).toEqual([{ field: 'rules[1].id', reason: 'duplicates rules[0].id (phb)' }]);

    expect((await stack.http.get('/api/v1/site/review-rules').set(auth(staff.administrator)).expect(200)).body).toEqual(
      before,
    );
  });

  async function dataSourceReviewDue(participantId: string): Promise<string | null> {
    const [row] = await stack.api
      .get(DataSource)
      .query(`SELECT to_char(next_review_due_on, 'YYYY-MM-DD') AS due FROM participants WHERE id = $1`, [
        participantId,
      ]);
    return row.due;
  }
});
