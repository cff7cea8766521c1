import { DataSource } from 'typeorm';
import { budgetBody } from '../factories/budget.factory';
import { JourneyClient, TO_PLANNING } from '../support/journey-client';
import { readModelsThatDisagree } from '../support/programme-recount';
import { allocateResources } from '../support/site-setup';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });
const MLTC = 'multiple-long-term-conditions';
const LDA = 'learning-disability-autism';
const PERIOD = 'from=2026-01-01&to=2026-11-30';

/**
 * Site O's eight people, all identified on 2026-09-03, first measured (PAM 52.3) on 2026-09-24 and
 * with a plan of two outcomes agreed on 2026-10-08 (the steps factory's dates):
 * - holders[0..4] (multiple long-term conditions): PAM again on 2026-09-28, a personal budget,
 *   ICECAP-A at planning and at a review, reviews rating both outcomes;
 * - decliners[0..1] (the same cohort): one PAM, decline the budget; the second closes on 2026-11-20;
 * - the eighth (learning disability and autism): PAM twice, no budget decision.
 */
describe('Programme outcome figures (site O, known people)', () => {
  let stack: TestStack;
  let journeys: JourneyClient;
  const holders: string[] = [];
  const decliners: string[] = [];
  let lda: string;

  const post = (id: string, path: string, body: object) =>
    stack.http.post(`/api/v1/participants/${id}/${path}`).set(auth(staff.siteO)).send(body).expect(200);
  const record = (id: string, path: string, body: object) =>
    stack.http.post(`/api/v1/participants/${id}/${path}`).set(auth(staff.siteO)).send(body).expect(201);
  const outcomes = async (query = PERIOD) =>
    (await stack.http.get(`/api/v1/programme/outcomes?${query}`).set(auth(staff.siteOProgrammeLead)).expect(200)).body;

  /** To planning (PAM 52.3), PAM again if given, then a plan of two outcomes agreed. */
  async function toAgreement(secondScore: number | null, referral: Record<string, unknown> = {}) {
    const id = await journeys.refer(referral);
    for (const step of TO_PLANNING) await journeys.step(id, step).expect(200);
    if (secondScore !== null)
      await journeys.step(id, 'activation', { score: secondScore, effectiveDate: '2026-09-28' });
    await journeys
      .step(id, 'carePlan', {
        outcomes: [
          { area: 'health', description: 'Fewer falls at home' },
          { area: 'wellbeing', description: 'Back at the allotment' },
        ],
      })
      .expect(200);
    await journeys.step(id, 'agreement').expect(200);
    return id;
  }

  const review = (id: string, effectiveDate: string, ratings: string[]) =>
    post(id, 'reviews', {
      outcome: 'continue',
      attendees: [{ role: 'participant' }],
      outcomeRatings: ratings.map((rating, outcome) => ({ outcome, rating })),
      effectiveDate,
    });
  const crisis = (id: string, kind: string, occurredOn: string) =>
    record(id, 'crisis-events', { kind, occurredOn, source: 'crisis-team' });

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http, staff.siteO);
    await allocateResources(stack.http, staff.siteOAdministrator);
    await stack.http
      .put('/api/v1/site/outcome-measures')
      .set(auth(staff.siteOAdministrator))
      .send({
        activationCohorts: [MLTC, LDA],
        qualityOfLifeInstruments: [
          { instrument: 'ICECAP-A', version: '1', minimum: 0, maximum: 1 },
          { instrument: 'EQ-5D-5L', version: '5L', minimum: -0.6, maximum: 1 },
        ],
      })
      .expect(200);

    // PAM changes 3, 6, 8, -2 and 10: 5 people, mean 5.
    for (const score of [55.3, 58.3, 60.3, 50.3, 62.3]) holders.push(await toAgreement(score));
    for (let person = 0; person < 2; person += 1) decliners.push(await toAgreement(null));
    lda = await toAgreement(49.3, { cohort: LDA });

    for (const id of holders) {
      await post(id, 'budget/indicative', {
        needBand: 'high',
        contributionPence: 120_000,
        effectiveDate: '2026-10-12',
      });
      await post(id, 'budget', budgetBody());
    }
    for (const id of decliners) {
      await post(id, 'budget/decline', { reason: 'Prefers the council to arrange it', effectiveDate: '2026-10-20' });
    }

    // Latest ratings: achieved 6, partly 2, not yet 1, no longer relevant 1 (holders[0]'s first review is superseded).
    await review(holders[0], '2026-10-20', ['not-yet', 'partly']);
    await review(holders[0], '2026-11-10', ['achieved', 'achieved']);
    await review(holders[1], '2026-10-22', ['achieved', 'partly']);
    await review(holders[2], '2026-10-25', ['achieved', 'no-longer-relevant']);
    await review(holders[3], '2026-10-27', ['achieved', 'not-yet']);
    await review(holders[4], '2026-10-29', ['achieved', 'partly']);

    // ICECAP-A changes 0.1, 0.2, 0.05, -0.1 and 0.25 (mean 0.1); EQ-5D-5L for two people only.
    const icecap: [number, number][] = [
      [0.5, 0.6],
      [0.4, 0.6],
      [0.7, 0.75],
      [0.6, 0.5],
      [0.3, 0.55],
    ];
    for (const [index, [first, latest]] of icecap.entries()) {
      await record(holders[index], 'quality-of-life', {
        instrument: 'ICECAP-A',
        score: first,
        effectiveDate: '2026-09-29',
      });
      await record(holders[index], 'quality-of-life', {
        instrument: 'ICECAP-A',
        score: latest,
        effectiveDate: '2026-11-12',
      });
    }
    for (const id of [holders[0], holders[1]]) {
      await record(id, 'quality-of-life', { instrument: 'EQ-5D-5L', score: 0.7, effectiveDate: '2026-09-29' });
      await record(id, 'quality-of-life', { instrument: 'EQ-5D-5L', score: 0.8, effectiveDate: '2026-11-12' });
    }
    // One measure only: not counted.
    await record(holders[2], 'quality-of-life', { instrument: 'EQ-5D-5L', score: 0.5, effectiveDate: '2026-11-12' });

    // Before the plan: 6 crises and 2 admissions. After it: 7 crises (one on the day of agreement,
    // one on the day of closure) and 5 admissions.
    await crisis(holders[0], 'crisis', '2026-09-10');
    await crisis(holders[0], 'crisis', '2026-09-20');
    await crisis(holders[1], 'crisis', '2026-09-15');
    await crisis(holders[2], 'crisis', '2026-09-30');
    await crisis(holders[3], 'crisis', '2026-10-01');
    await crisis(decliners[0], 'crisis', '2026-10-07');
    await crisis(holders[0], 'unplanned-admission', '2026-09-12');
    await crisis(lda, 'unplanned-admission', '2026-09-25');
    await crisis(holders[0], 'crisis', '2026-10-08');
    await crisis(holders[1], 'crisis', '2026-10-15');
    await crisis(holders[2], 'crisis', '2026-10-20');
    await crisis(holders[3], 'crisis', '2026-11-01');
    await crisis(holders[4], 'crisis', '2026-11-05');
    await crisis(decliners[0], 'crisis', '2026-11-10');
    await crisis(decliners[1], 'crisis', '2026-11-20');
    for (const [id, on] of [
      [holders[0], '2026-10-10'],
      [holders[1], '2026-10-12'],
      [holders[2], '2026-10-14'],
      [holders[4], '2026-10-16'],
      [lda, '2026-10-18'],
    ]) {
      await crisis(id, 'unplanned-admission', on);
    }
    await post(decliners[1], 'closure', { reason: 'moved-away', effectiveDate: '2026-11-20' });

    const items = async (id: string) =>
      (await journeys.details(id).expect(200)).body.carePlan.supportItems.map(
        (item: { itemId: string }) => item.itemId,
      );
    const spend = async (id: string, amountPence: number, kind = 'spend') =>
      record(id, 'spend', {
        planItemId: (await items(id))[0],
        amountPence,
        spentOn: '2026-11-02',
        source: 'provider-invoice',
        kind,
      });
    await spend(holders[0], 100_000);
    await spend(holders[1], 50_000);
    // Service use is not money spent.
    await spend(holders[1], 7_000, 'service-use');
  });

  afterAll(() => stack.close());

  it('should give activation change by cohort, only where 5 or more people were measured twice', async () => {
    expect((await outcomes()).activation).toEqual([
      { cohort: 'children-young-people-complex-needs', measured: false, people: null, meanChange: null },
      { cohort: MLTC, measured: true, people: 5, meanChange: 5 },
      { cohort: LDA, measured: true, people: null, meanChange: null },
      { cohort: 'significant-mental-health-needs', measured: false, people: null, meanChange: null },
    ]);
  });

  it("should share out plan outcomes by each one's latest rating, small counts hidden", async () => {
    expect((await outcomes()).outcomeRatings).toEqual({
      outcomes: 10,
      byRating: [
        { rating: 'achieved', outcomes: 5 },
        { rating: 'partly', outcomes: null },
        { rating: 'not-yet', outcomes: null },
        { rating: 'no-longer-relevant', outcomes: null },
      ],
      achievedShare: 0.5,
    });
  });

  it('should give quality-of-life change per instrument', async () => {
    expect((await outcomes()).qualityOfLife).toEqual([
      { instrument: 'ICECAP-A', people: 5, meanChange: 0.1 },
      { instrument: 'EQ-5D-5L', people: null, meanChange: null },
    ]);
  });

  it('should count crises and admissions per person-year before and after the plan', async () => {
    // Before: 8 people x 35 days (2026-09-03 to 2026-10-08) = 280 days, 0.767 years.
    // After: 7 people x 54 days (2026-10-08 to 2026-11-30 inclusive) + 44 days (to the closure on 2026-11-20) = 422 days.
    expect((await outcomes()).crises).toEqual({
      beforePlan: {
        people: 10,
        personYears: 0.8,
        byKind: [
          { kind: 'crisis', events: 5, perPersonYear: 6.52 },
          { kind: 'unplanned-admission', events: null, perPersonYear: null },
        ],
      },
      afterPlan: {
        people: 10,
        personYears: 1.2,
        byKind: [
          { kind: 'crisis', events: 5, perPersonYear: 4.33 },
          { kind: 'unplanned-admission', events: 5, perPersonYear: 4.33 },
        ],
      },
    });
  });

  it('should tell budget holders from decliners by characteristic, as the equality figures do', async () => {
    const [holding, declining] = (await outcomes()).budgetTakeUp;
    const cohorts = (stage: { dimensions: { dimension: string; groups: object[] }[] }) =>
      stage.dimensions.find(({ dimension }) => dimension === 'cohort')?.groups;
    expect([holding.stage, holding.people, declining.stage, declining.people]).toEqual([
      'budget-holder',
      5,
      'budget-decliner',
      null,
    ]);
    // 7 referred in the cohort show as 5: all 5 shown holders are of the 5 shown referred.
    expect(cohorts(holding)).toEqual([
      { value: 'children-young-people-complex-needs', people: null, ofReferred: null },
      { value: MLTC, people: 5, ofReferred: 1 },
      { value: LDA, people: null, ofReferred: null },
      { value: 'significant-mental-health-needs', people: null, ofReferred: null },
    ]);
    expect(cohorts(declining)).toContainEqual({ value: MLTC, people: null, ofReferred: null });
  });

  it('should set spend in the period against the budgets in force, by cohort', async () => {
    const { spendAgainstBudget } = await outcomes();
    expect(spendAgainstBudget.find(({ cohort }: { cohort: string }) => cohort === MLTC)).toEqual({
      cohort: MLTC,
      budgets: 5,
      budgetTotalPence: 4_840_250,
      spendTotalPence: 150_000,
      spendRatio: 0.031,
    });
    expect(spendAgainstBudget.find(({ cohort }: { cohort: string }) => cohort === LDA)).toEqual({
      cohort: LDA,
      budgets: null,
      budgetTotalPence: null,
      spendTotalPence: null,
      spendRatio: null,
    });
  });

  it('should count only what falls in a shorter period, and person-time to its end', async () => {
    const report = await outcomes('from=2026-10-23&to=2026-11-05');
    // The second PAM (2026-09-28) and the spend (2026-11-02) are outside and inside it; reviews of 10-25, 10-27, 10-29 inside.
    expect(report.activation[1]).toMatchObject({ cohort: MLTC, people: null });
    expect(report.outcomeRatings.byRating[0]).toEqual({ rating: 'achieved', outcomes: null });
    expect(report.spendAgainstBudget[1]).toMatchObject({ spendTotalPence: 150_000 });
    // After: 8 x 29 days (2026-10-08 to 2026-11-05 inclusive) = 232 days.
    expect(report.crises.afterPlan).toMatchObject({ people: 10, personYears: 0.6 });
  });

  it('should answer as CSV, suppressed counts as <5, and keep the roll-ups true to the records', async () => {
    const response = await stack.http
      .get(`/api/v1/programme/outcomes?${PERIOD}&format=csv`)
      .set(auth(staff.siteOProgrammeLead))
      .expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.text).toContain(`activation,${MLTC},,mean-change,5\r\n`);
    expect(response.text).toContain('outcome-ratings,partly,,outcomes,<5\r\n');
    expect(response.text).toContain('crises,after-plan,crisis,per-person-year,4.33\r\n');
    expect(await readModelsThatDisagree(stack.api.get(DataSource), 'site-o')).toEqual([]);
  });

  it('should follow a PAM score recorded, then entered in error', async () => {
    const mltc = async () => (await outcomes()).activation[1];
    // Latest 90 instead of 55.3: the changes sum to 25 - 3 + 37.7 = 59.7 over 5 people.
    await journeys.step(holders[0], 'activation', { score: 90, effectiveDate: '2026-11-15' }).expect(200);
    expect(await mltc()).toEqual({ cohort: MLTC, measured: true, people: 5, meanChange: 11.94 });

    const [latest] = (await journeys.timeline(holders[0])).slice(-1);
    await stack.http
      .post(`/api/v1/participants/${holders[0]}/timeline/${latest.sequence}/entered-in-error`)
      .set(auth(staff.siteO))
      .send({ reason: 'Recorded against the wrong person' })
      .expect(200);
    expect(await mltc()).toEqual({ cohort: MLTC, measured: true, people: 5, meanChange: 5 });
    expect(await readModelsThatDisagree(stack.api.get(DataSource), 'site-o')).toEqual([]);
  });

  it('should refuse a care-team member (programme figures are for programme staff)', async () => {
    await stack.http.get('/api/v1/programme/outcomes').set(auth(staff.siteO)).expect(403);
  });
});
