import { DEFAULT_OUTCOME_MEASURES } from '@ipc/domain';
import { DataReturnRepository } from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { budgetBody } from '../factories/budget.factory';
import { CarerClient } from '../support/carer-client';
import { JourneyClient, type StepKey } from '../support/journey-client';
import { allocateResources } from '../support/site-setup';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });

/** Each step of a July journey, inside 2026-Q3. */
const JULY: Partial<Record<StepKey, Record<string, unknown>>> = {
  identification: { effectiveDate: '2026-07-06' },
  offer: { effectiveDate: '2026-07-08' },
  guidedConversation: { effectiveDate: '2026-07-10', carersIdentified: [] },
  activation: { effectiveDate: '2026-07-13' },
  carePlan: { effectiveDate: '2026-07-15' },
  agreement: { effectiveDate: '2026-07-20' },
};
const TO_PLAN: StepKey[] = ['identification', 'offer', 'guidedConversation', 'activation', 'carePlan', 'agreement'];
const Q3_BUDGET = budgetBody({
  effectiveDate: '2026-07-27',
  parts: budgetBody().parts.map((part) =>
    part.directPayment ? { ...part, directPayment: { ...part.directPayment, consentGivenOn: '2026-07-24' } } : part,
  ),
});

describe('The quarterly data return (site R, known people)', () => {
  let stack: TestStack;
  let journeys: JourneyClient;
  let dataSource: DataSource;
  let budgetHolders: string[];
  let inJune: string;
  const post = (id: string, path: string, body: object, expected = 200) =>
    stack.http.post(`/api/v1/participants/${id}/${path}`).set(auth(staff.siteR)).send(body).expect(expected);
  const dataReturn = (quarter: string, query = '') =>
    stack.http.get(`/api/v1/programme/returns/${quarter}${query}`).set(auth(staff.siteRProgrammeLead));

  async function walk(steps: StepKey[], referredOn = '2026-07-01', dates = JULY) {
    const id = await journeys.refer({ referredOn });
    for (const step of steps) await journeys.step(id, step, dates[step]).expect(200);
    return id;
  }

  /**
   * The tests run in 2026-Q4, so what they build through the API is recorded now. To stand for
   * records made during an earlier quarter, the set-up moves their recording times back.
   */
  async function recordedAt(instant: string, participantIds: string[], carerIds: string[] = []) {
    for (const [table, column, owner, ids] of [
      ['journey_steps', 'recorded_at', 'participant_id', participantIds],
      ['personal_budgets', 'created_at', 'participant_id', participantIds],
      ['quality_of_life_measures', 'recorded_at', 'participant_id', participantIds],
      ['carers', 'created_at', 'id', carerIds],
      ['carer_steps', 'recorded_at', 'carer_id', carerIds],
    ] as const) {
      await dataSource.query(`UPDATE ${table} SET ${column} = $1 WHERE ${owner} = ANY($2)`, [instant, ids]);
    }
  }

  const measureQualityOfLife = (id: string, effectiveDate: string, score: number) =>
    post(id, 'quality-of-life', { instrument: 'EQ-5D-5L', score, effectiveDate }, 201);

  beforeAll(async () => {
    stack = await startTestStack();
    dataSource = stack.api.get(DataSource);
    journeys = new JourneyClient(stack.http, staff.siteR);
    await allocateResources(stack.http, staff.siteRAdministrator);
    await stack.http
      .put('/api/v1/site/outcome-measures')
      .set(auth(staff.siteRAdministrator))
      .send({
        ...DEFAULT_OUTCOME_MEASURES,
        qualityOfLifeInstruments: [{ instrument: 'EQ-5D-5L', version: '1.0', minimum: 0, maximum: 100 }],
      })
      .expect(200);

    // Identified in Q2, and recorded then: not counted in Q3.
    inJune = await walk(['identification'], '2026-06-01', { identification: { effectiveDate: '2026-06-10' } });
    await recordedAt('2026-06-15T12:00:00Z', [inJune]);

    // Five people identified in July with a plan agreed on 2026-07-20 (first review due 2026-09-14) and a budget.
    budgetHolders = [];
    for (let person = 0; person < 5; person++) budgetHolders.push(await walk(TO_PLAN));
    for (const id of budgetHolders) {
      await post(id, 'budget/indicative', {
        needBand: 'high',
        contributionPence: 120_000,
        effectiveDate: '2026-07-22',
      });
      await post(id, 'budget', Q3_BUDGET);
    }
    const [dueOn] = await dataSource.query(
      `SELECT DISTINCT to_char(next_review_due_on, 'YYYY-MM-DD') AS "dueOn" FROM participants WHERE id = ANY($1)`,
      [budgetHolders],
    );
    expect(dueOn).toEqual({ dueOn: '2026-09-14' });
    for (const [index, id] of budgetHolders.entries()) {
      const heldOn = index === 4 ? '2026-09-16' : '2026-09-10';
      await post(id, 'reviews', { outcome: 'continue', attendees: [{ role: 'participant' }], effectiveDate: heldOn });
      await measureQualityOfLife(id, '2026-09-01', 70 + index);
    }
    await measureQualityOfLife(budgetHolders[0], '2026-09-20', 78);
    // Three more identified in July: one goes to planning without a PAM score (no activation measure).
    const identifiedOnly = [await walk(['identification']), await walk(['identification'])];
    const unmeasured = await walk(['identification', 'offer', 'guidedConversation', 'activation'], '2026-07-01', {
      ...JULY,
      activation: {
        effectiveDate: '2026-07-13',
        score: undefined,
        notMeasuredReason: 'declined',
        planningSupport: 'supported-planning',
      },
    });

    // Five carers identified in August, two of them assessed.
    const carers = new CarerClient(stack.http, staff.siteR);
    const carerIds = [];
    for (let carer = 0; carer < 5; carer++) carerIds.push(await carers.registered({ identifiedOn: '2026-08-10' }));
    for (const id of carerIds.slice(0, 2)) {
      await carers.step(id, 'assessment-offer', { effectiveDate: '2026-08-12' }).expect(200);
      await carers.step(id, 'assessment', { effectiveDate: '2026-08-20' }).expect(200);
    }
    await recordedAt('2026-09-30T12:00:00+01:00', [...budgetHolders, ...identifiedOnly, unmeasured], carerIds);
  });

  afterAll(() => stack.close());

  const Q3_RETURN = {
    siteId: 'site-r',
    quarter: '2026-Q3',
    period: { from: '2026-07-01', to: '2026-09-30' },
    recordedBefore: '2026-09-30T23:00:00Z',
    counting: { rule: expect.stringContaining('recorded later, in the quarter they were recorded in') },
    suppression: { rule: expect.stringContaining('Counts under 5 (0 included) are null') },
    // Eight identified in the quarter, rounded to 10; the one identified in June is not among them.
    people: { identified: 10, withPlan: 5, withPersonalBudget: 5 },
    personalBudgets: {
      byDeployment: [
        { deployment: 'direct-payment', people: 5, totalPence: 2_500_000 },
        { deployment: 'third-party', people: null, totalPence: null },
        { deployment: 'individual-service-fund', people: 5, totalPence: 2_340_250 },
        { deployment: 'notional', people: null, totalPence: null },
      ],
      byFundingStream: [
        { fundingStream: 'nhs', people: 5, totalPence: 3_000_000 },
        { fundingStream: 'socialCare', people: 5, totalPence: 1_240_250 },
        { fundingStream: 'education', people: null, totalPence: null },
      ],
    },
    carers: { identified: 5, assessed: null },
    // Four on time and one late: each under 5, so hidden; the five held are shown.
    reviews: { held: 5, onTime: null, late: null },
    outcomeMeasures: {
      activation: { measures: 5, people: 5 },
      // Six scores of five people: the six shown as 5.
      qualityOfLife: [{ instrument: 'EQ-5D-5L', measures: 5, people: 5 }],
    },
  };

  it('should count a quarter by effective dates and what was recorded by its end, small numbers suppressed', async () => {
    const response = await dataReturn('2026-Q3').expect(200);
    expect(response.body).toEqual(Q3_RETURN);
  });

  it('should give the return as CSV with ?format=csv, suppressed counts as <5', async () => {
    const response = await dataReturn('2026-Q3', '?format=csv').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename=data-return-site-r-2026-Q3.csv');
    const lines = response.text.split('\r\n');
    expect(lines[0]).toBe('section,group,measure,value');
    expect(lines).toEqual(
      expect.arrayContaining([
        'quarter,,recorded-before,2026-09-30T23:00:00Z',
        'people,,identified,10',
        'budgets-by-deployment,direct-payment,total-pence,2500000',
        'budgets-by-deployment,third-party,people,<5',
        'budgets-by-deployment,third-party,total-pence,',
        'carers,,assessed,<5',
        'reviews,,held,5',
        'quality-of-life,EQ-5D-5L,measures,5',
      ]),
    );
  });

  it('should give the same quarter byte for byte after later activity, which counts in the quarter it is recorded in', async () => {
    const counts = stack.api.get(DataReturnRepository);
    const q3 = { from: '2026-07-01', to: '2026-09-30' };
    const [json, csv, exact] = [
      (await dataReturn('2026-Q3').expect(200)).text,
      (await dataReturn('2026-Q3?format=csv')).text,
      await counts.quarter('site-r', q3),
    ];
    expect(exact).toMatchObject({ identified: 8, reviewsOnTime: 4, reviewsLate: 1, activationMeasures: 5 });

    // Recorded now (2026-Q4), though dated inside Q3.
    await walk(['identification'], '2026-07-01', { identification: { effectiveDate: '2026-08-05' } });
    await post(budgetHolders[0], 'reviews', {
      outcome: 'continue',
      attendees: [{ role: 'participant' }],
      effectiveDate: '2026-09-28',
    });
    await post(budgetHolders[1], 'closure', { reason: 'moved-away', effectiveDate: '2026-09-29' });
    await measureQualityOfLife(budgetHolders[2], '2026-09-25', 80);
    await new CarerClient(stack.http, staff.siteR).registered({ identifiedOn: '2026-09-15' });
    // A correction recorded after the quarter leaves it as returned: June's identification moved into July.
    const [, identification] = await journeys.timeline(inJune);
    await post(inJune, `timeline/${identification.sequence}/amendments`, {
      effectiveDate: '2026-07-02',
      reason: 'Identified at the July clinic, not in June',
    });
    // Identified in Q4 and stepped back in Q4: in no quarter.
    const inError = await walk(['identification'], '2026-10-01', { identification: { effectiveDate: '2026-10-05' } });
    const [, wrong] = await journeys.timeline(inError);
    await post(inError, `timeline/${wrong.sequence}/entered-in-error`, { reason: 'Recorded on the wrong person' });

    expect((await dataReturn('2026-Q3').expect(200)).text).toBe(json);
    expect((await dataReturn('2026-Q3?format=csv')).text).toBe(csv);
    expect(await counts.quarter('site-r', q3)).toEqual(exact);
    // Q4's counts before suppression: the late records, and plans and budgets in force at its end.
    expect(await counts.quarter('site-r', { from: '2026-10-01', to: '2026-12-31' })).toMatchObject({
      recordedBefore: '2027-01-01T00:00:00Z',
      identified: 1,
      withPlan: 4,
      withPersonalBudget: 4,
      carersIdentified: 1,
      carersAssessed: 0,
      reviewsOnTime: 1,
      reviewsLate: 0,
      activationMeasures: 0,
      qualityOfLife: [{ instrument: 'EQ-5D-5L', measures: 1, people: 1 }],
    });
  });

  it('should refuse a quarter that is not one, or has not begun, naming the field; and a care coordinator', async () => {
    const notOne = await dataReturn('2026-Q5').expect(400);
    expect(notOne.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(notOne.body.errors).toEqual([
      { field: 'quarter', reason: 'must be a year and a calendar quarter, such as 2026-Q3' },
    ]);
    const future = await dataReturn('2099-Q1').expect(400);
    expect(future.body.errors[0]).toEqual({ field: 'quarter', reason: expect.stringMatching(/^has not begun/) });
    await stack.http.get('/api/v1/programme/returns/2026-Q3').set(auth(staff.siteR)).expect(403);
  });
});
