import { JOURNEY_STAGES } from '@ipc/domain';
import { DataSource } from 'typeorm';
import { JourneyClient, type StepKey } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });
const lead = auth(staff.siteProgrammeLead);

/**
 * Site P's known population, built through the API. Dates are fixed and every figure below is
 * worked out by hand from them (stays still going are measured to the period's end, 2026-11-20).
 *
 * A (6): multiple long-term conditions, aged 78, female, White British, disabled, Christian;
 *        referred 1 Sep, identified 2..7 Sep, offered 10 Sep, to activation 17 Sep, planning 24 Sep,
 *        plan agreed 8..13 Oct.
 * B (5): significant mental health needs, aged 40, male, Indian, not disabled, no religion;
 *        referred 1 Oct, identified 5 Oct, offered 12 Oct, community follow-up 20..24 Oct.
 * C (3): learning disability and autism, aged 20, sex "prefer not to say"; referred 1 Nov,
 *        eligible but no consent yet on 3 Nov.
 * D (2): children and young people, aged 10, nothing recorded at referral; referred 10 Nov, not
 *        eligible on 12 Nov. One of them records sex and religion later.
 */
const date = (month: number, day: number) => `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
type Walk = [StepKey, Record<string, unknown>][];

const groupA = (k: number): Walk => [
  ['identification', { effectiveDate: date(9, 2 + k) }],
  ['offer', { effectiveDate: date(9, 10) }],
  ['guidedConversation', { effectiveDate: date(9, 17) }],
  ['activation', { effectiveDate: date(9, 24) }],
  ['carePlan', { effectiveDate: date(10, 1) }],
  ['agreement', { effectiveDate: date(10, 8 + k) }],
];
const groupB = (k: number): Walk => [
  ['identification', { effectiveDate: date(10, 5) }],
  ['offer', { effectiveDate: date(10, 12) }],
  ['guidedConversation', { outcome: 'community-connecting', effectiveDate: date(10, 20 + k) }],
];

const PEOPLE: { referral: Record<string, unknown>; walk: Walk }[] = [
  ...[0, 1, 2, 3, 4, 5].map((k) => ({
    referral: {
      cohort: 'multiple-long-term-conditions',
      dateOfBirth: '1948-07-02',
      referredOn: date(9, 1),
      demographics: {
        sex: 'female',
        ethnicity: 'white-british',
        disability: 'yes',
        other: { 'religion-or-belief': 'christian' },
      },
    },
    walk: groupA(k),
  })),
  ...[0, 1, 2, 3, 4].map((k) => ({
    referral: {
      cohort: 'significant-mental-health-needs',
      dateOfBirth: '1986-05-05',
      referredOn: date(10, 1),
      demographics: {
        sex: 'male',
        ethnicity: 'asian-indian',
        disability: 'no',
        other: { 'religion-or-belief': 'none' },
      },
    },
    walk: groupB(k),
  })),
  ...[0, 1, 2].map(() => ({
    referral: {
      cohort: 'learning-disability-autism',
      dateOfBirth: '2006-06-01',
      referredOn: date(11, 1),
      demographics: { sex: 'prefer-not-to-say' },
    },
    walk: [['identification', { consentToShare: false, effectiveDate: date(11, 3) }]] as Walk,
  })),
  ...[0, 1].map(() => ({
    referral: { cohort: 'children-young-people-complex-needs', dateOfBirth: '2016-01-01', referredOn: date(11, 10) },
    walk: [
      ['identification', { eligible: false, ineligibleReason: 'Needs met by school', effectiveDate: date(11, 12) }],
    ] as Walk,
  })),
];

type Groups = { value: string; people: number | null; ofReferred: number | null }[];
interface EqualityBody {
  stages: { stage: string; people: number | null; dimensions: { dimension: string; groups: Groups }[] }[];
}

describe('Programme monitoring: throughput, the projection per 1,000 and equality of take-up', () => {
  let stack: TestStack;
  let journeys: JourneyClient;
  let laterRecorded: string;

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http, staff.siteP);
    await stack.http
      .put('/api/v1/programme/site-settings')
      .set(auth(staff.siteAdministrator))
      .send({
        population: 4000,
        characteristics: [{ key: 'religion-or-belief', values: ['none', 'christian', 'muslim'] }],
      })
      .expect(200);
    const ids = await Promise.all(
      PEOPLE.map(async ({ referral, walk }) => {
        const id = await journeys.refer(referral);
        for (const [step, body] of walk) await journeys.step(id, step, body).expect(200);
        return id;
      }),
    );
    laterRecorded = ids[ids.length - 1];
    await stack.http
      .put(`/api/v1/participants/${laterRecorded}/demographics`)
      .set(auth(staff.siteP))
      .send({ sex: 'female', other: { 'religion-or-belief': 'prefer-not-to-say' } })
      .expect(200);
  });

  afterAll(() => stack.close());

  describe('GET /programme/throughput', () => {
    let body: Record<string, unknown> & {
      peopleNow: { stage: string; people: number }[];
      conversion: { stage: string }[];
      timeInStage: { stage: string }[];
    };

    beforeAll(async () => {
      const response = await stack.http
        .get('/api/v1/programme/throughput?from=2026-09-01&to=2026-11-20')
        .set(lead)
        .expect(200);
      body = response.body;
    });

    it('should count the people at each stage now', () => {
      const now = Object.fromEntries(body.peopleNow.map(({ stage, people }) => [stage, people]));
      expect(now).toMatchObject({
        referred: 0,
        'awaiting-consent': 3,
        identified: 0,
        'community-follow-up': 5,
        'plan-agreed': 6,
        closed: 2,
      });
      expect(body.peopleNowTotal).toBe(16);
      expect(body.period).toEqual({ from: '2026-09-01', to: '2026-11-20', asOf: '2026-11-20' });
    });

    it('should count referrals and every move between stages in the period', () => {
      expect(body.moves).toEqual({
        referrals: 16,
        total: 50,
        between: [
          { from: 'referred', to: 'awaiting-consent', moves: 3 },
          { from: 'referred', to: 'identified', moves: 11 },
          { from: 'referred', to: 'closed', moves: 2 },
          { from: 'identified', to: 'offered', moves: 11 },
          { from: 'offered', to: 'community-follow-up', moves: 5 },
          { from: 'offered', to: 'activation', moves: 6 },
          { from: 'activation', to: 'planning', moves: 6 },
          { from: 'planning', to: 'plan-agreed', moves: 6 },
        ],
      });
    });

    it('should give conversion from each stage to the next', () => {
      const conversion = (stage: string) => body.conversion.find((row) => row.stage === stage);
      expect(conversion('referred')).toEqual({
        stage: 'referred',
        entered: 16,
        movedOn: 14,
        closed: 2,
        stillThere: 0,
        rate: 0.875,
        nextStages: [
          { stage: 'awaiting-consent', stays: 3 },
          { stage: 'identified', stays: 11 },
          { stage: 'closed', stays: 2 },
        ],
      });
      expect(conversion('offered')).toMatchObject({ entered: 11, movedOn: 11, rate: 1 });
      expect(conversion('awaiting-consent')).toMatchObject({ entered: 3, movedOn: 0, stillThere: 3, rate: 0 });
      expect(conversion('plan-agreed')).toMatchObject({ entered: 6, stillThere: 6, rate: 0 });
      // Every stage the pathway knows appears, with nothing entered where no one has been yet.
      expect(body.conversion.map((row) => row.stage)).toEqual(JOURNEY_STAGES.filter((stage) => stage !== 'closed'));
      expect(conversion('identified')).toMatchObject({ entered: 11, movedOn: 11, rate: 1 });
    });

    it('should give the median and 90th percentile of days spent in each stage, hidden under 5 stays', () => {
      const time = Object.fromEntries(body.timeInStage.map((row) => [row.stage, row]));
      expect(time).toMatchObject({
        referred: { stays: 16, finished: 16, stillThere: 0, medianDays: 3, p90Days: 5 },
        'awaiting-consent': { stays: 3, finished: 0, stillThere: 3, medianDays: null, p90Days: null },
        identified: { stays: 11, medianDays: 7, p90Days: 7 },
        offered: { stays: 11, medianDays: 7, p90Days: 11 },
        'community-follow-up': { stays: 5, finished: 0, stillThere: 5, medianDays: 29, p90Days: 31 },
        activation: { stays: 6, medianDays: 7, p90Days: 7 },
        planning: { stays: 6, medianDays: 16, p90Days: 19 },
        'plan-agreed': { stays: 6, stillThere: 6, medianDays: 40, p90Days: 43 },
      });
      expect(time.closed).toBeUndefined();
    });

    it('should only count moves inside the period, and measure stays still going to its end', async () => {
      const response = await stack.http
        .get('/api/v1/programme/throughput?from=2026-10-01&to=2026-10-10')
        .set(lead)
        .expect(200);
      expect(response.body.moves).toMatchObject({ referrals: 5, total: 8 });
      const planAgreed = response.body.timeInStage.find((row: { stage: string }) => row.stage === 'plan-agreed');
      // Agreed on 8, 9 and 10 Oct: 2, 1 and 0 days by 10 Oct, too few stays to show their length.
      expect(planAgreed).toMatchObject({ stays: 3, finished: 0, stillThere: 3, medianDays: null });
      // Planning from 24 Sep: 14, 15 and 16 days for plans agreed by 10 Oct; 16 days so far for the rest.
      const planning = response.body.timeInStage.find((row: { stage: string }) => row.stage === 'planning');
      expect(planning).toMatchObject({ stays: 6, finished: 3, stillThere: 3, medianDays: 16, p90Days: 16 });
    });

    it('should count reviews and budgets from their records (none held or set yet here), with every field present', () => {
      expect(body.reviews).toEqual({ available: true, onTime: 0, late: 0, overdue: 0 });
      expect(body.budgets).toMatchObject({
        available: true,
        byFunder: [
          { funder: 'nhs', budgets: 0, totalPence: 0 },
          { funder: 'socialCare', budgets: 0, totalPence: 0 },
          { funder: 'education', budgets: 0, totalPence: 0 },
        ],
        indicativeAgainstFinal: { budgets: 0, indicativeTotalPence: 0, finalTotalPence: 0, differencePence: 0 },
      });
    });

    it('should answer the same figures as CSV when asked for text/csv', async () => {
      const response = await stack.http
        .get('/api/v1/programme/throughput?from=2026-09-01&to=2026-11-20')
        .set(lead)
        .set('Accept', 'text/csv')
        .expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename=throughput-site-p-2026-09-01-2026-11-20.csv',
      );
      const lines = response.text.split('\r\n');
      expect(lines[0]).toBe('section,group,subgroup,measure,value');
      expect(lines).toEqual(
        expect.arrayContaining([
          'people-now,plan-agreed,,people,6',
          'moves,offered,activation,moves,6',
          'conversion,referred,,rate,0.875',
          'time-in-stage,offered,,p90-days,11',
          'time-in-stage,awaiting-consent,,median-days,',
          'budgets,,,available,true',
        ]),
      );
    });
  });

  it.each([
    '/api/v1/programme/throughput?from=2026-09-01&to=2026-11-20',
    '/api/v1/programme/projection',
    '/api/v1/programme/equality?stage=referred',
  ])('should answer %s with ?format=csv exactly as with Accept: text/csv', async (path) => {
    const byHeader = await stack.http.get(path).set(lead).set('Accept', 'text/csv').expect(200);
    const byQuery = await stack.http
      .get(`${path}${path.includes('?') ? '&' : '?'}format=csv`)
      .set(lead)
      .expect(200);
    expect(byQuery.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(byQuery.headers['content-disposition']).toBe(byHeader.headers['content-disposition']);
    expect(byQuery.text).toBe(byHeader.text);
    const route = path.split('?')[0];
    const asJson = await stack.http.get(`${route}?format=json`).set(lead).expect(200);
    expect(asJson.headers['content-type']).toContain('application/json');
    const refused = await stack.http.get(`${route}?format=xml`).set(lead).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'format', reason: 'must be one of json, csv' }]);
  });

  describe('GET /programme/projection', () => {
    it("should compare actual with expected numbers per 1,000 of the site's population, by cohort", async () => {
      const response = await stack.http.get('/api/v1/programme/projection').set(lead).expect(200);
      expect(response.body).toMatchObject({
        siteId: 'site-p',
        population: 4000,
        measures: [
          {
            measure: 'ipc-cohort',
            available: true,
            actual: 14,
            actualPer1000: 3.5,
            expectedPer1000: 50,
            expected: 200,
          },
          { measure: 'care-plan', available: true, actual: 6, actualPer1000: 1.5, expectedPer1000: 10, expected: 40 },
          { measure: 'personal-budget', available: true, actual: 0, expectedPer1000: null, expected: null },
          { measure: 'personal-health-budget', available: true, actual: 0, expectedPer1000: null },
        ],
      });
      const byCohort = Object.fromEntries(
        response.body.byCohort.map(({ cohort, measures }: { cohort: string; measures: { actual: number }[] }) => [
          cohort,
          measures.slice(0, 2).map((figure) => figure.actual),
        ]),
      );
      expect(byCohort).toEqual({
        'children-young-people-complex-needs': [0, 0],
        'multiple-long-term-conditions': [6, 6],
        'learning-disability-autism': [3, 0],
        'significant-mental-health-needs': [5, 0],
      });
    });

    it('should answer as CSV too', async () => {
      const response = await stack.http
        .get('/api/v1/programme/projection')
        .set(lead)
        .set('Accept', 'text/csv')
        .expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.text.split('\r\n')).toEqual(
        expect.arrayContaining([
          'cohort,measure,available,actual,actual_per_1000,expected_per_1000,expected,population',
          'all,ipc-cohort,true,14,3.5,50,200,4000',
          'all,personal-budget,true,0,0,,,4000',
          'multiple-long-term-conditions,care-plan,true,6,1.5,,,4000',
        ]),
      );
    });
  });

  describe('GET /programme/equality', () => {
    let body: EqualityBody;
    const table = (stage: string, dimension: string) =>
      body.stages.find((row) => row.stage === stage)?.dimensions.find((row) => row.dimension === dimension)?.groups;
    const shown = (groups: Groups | undefined) => groups?.map(({ value, people }) => [value, people]);

    beforeAll(async () => {
      body = (await stack.http.get('/api/v1/programme/equality').set(lead).expect(200)).body;
    });

    it('should round each stage total to 5 and hide it under 5', () => {
      const totals = Object.fromEntries(body.stages.map(({ stage, people }) => [stage, people]));
      expect(totals).toMatchObject({
        referred: 15,
        'awaiting-consent': null,
        identified: 10,
        offered: 10,
        'community-follow-up': 5,
        activation: 5,
        planning: 5,
        'plan-agreed': 5,
        closed: null,
      });
      expect(body.stages.map(({ stage }) => stage)).toEqual([...JOURNEY_STAGES]);
    });

    it('should give take-up by cohort and age band, counts under 5 hidden and the rest rounded', () => {
      expect(shown(table('referred', 'cohort'))).toEqual([
        ['children-young-people-complex-needs', null],
        ['multiple-long-term-conditions', 5],
        ['learning-disability-autism', null],
        ['significant-mental-health-needs', 5],
      ]);
      expect(shown(table('referred', 'age-band'))).toEqual([
        ['0-13', null],
        ['14-17', null],
        ['18-24', null],
        ['25-44', 5],
        ['45-64', null],
        ['65-74', null],
        ['75-84', 5],
        ['85+', null],
      ]);
    });

    it('should count answers given later, "prefer not to say", and people with nothing recorded', () => {
      expect(shown(table('referred', 'sex'))).toEqual([
        ['female', 5],
        ['male', 5],
        ['prefer-not-to-say', null],
        ['not-recorded', null],
      ]);
      expect(shown(table('referred', 'disability'))).toEqual([
        ['yes', 5],
        ['no', 5],
        ['prefer-not-to-say', null],
        ['not-recorded', 5],
      ]);
      expect(shown(table('referred', 'ethnicity'))?.filter(([, people]) => people !== null)).toEqual([
        ['white-british', 5],
        ['asian-indian', 5],
        ['not-recorded', 5],
      ]);
      expect(shown(table('referred', 'religion-or-belief'))).toEqual([
        ['none', 5],
        ['christian', 5],
        ['muslim', null],
        ['prefer-not-to-say', null],
        ['not-recorded', null],
      ]);
    });

    it("should give each group's take-up as a share of its referrals, from published figures", () => {
      expect(table('offered', 'sex')?.slice(0, 2)).toEqual([
        { value: 'female', people: 5, ofReferred: 1 },
        { value: 'male', people: 5, ofReferred: 1 },
      ]);
      expect(table('planning', 'sex')?.slice(0, 2)).toEqual([
        { value: 'female', people: 5, ofReferred: 1 },
        { value: 'male', people: null, ofReferred: null },
      ]);
    });

    it('should never show a figure from 1 to 4, nor let one be worked out from a table and its total', () => {
      for (const { people: total, dimensions } of body.stages) {
        for (const { groups } of dimensions) {
          const cells = groups.map((group) => group.people);
          for (const figure of [total, ...cells]) if (figure !== null) expect(figure === 0 || figure >= 5).toBe(true);
          // What someone could infer: a shown figure n is n-2..n+2 (at least 5), a hidden one 0..4,
          // and the total is its figure -2..+2. Each hidden count must keep at least two possible values.
          const low = (cell: number | null) => (cell === null ? 0 : Math.max(5, cell - 2));
          const high = (cell: number | null) => (cell === null ? 4 : cell + 2);
          const [totalLow, totalHigh] = total === null ? [0, 4] : [total - 2, total + 2];
          cells.forEach((cell, index) => {
            if (cell !== null) return;
            const others = cells.filter((_, other) => other !== index);
            const least = Math.max(0, totalLow - others.reduce<number>((sum, other) => sum + high(other), 0));
            const most = Math.min(4, totalHigh - others.reduce<number>((sum, other) => sum + low(other), 0));
            expect(most - least).toBeGreaterThanOrEqual(1);
          });
        }
      }
    });

    it('should answer one stage when asked, and 400 naming stage for an unknown one', async () => {
      const one = await stack.http.get('/api/v1/programme/equality?stage=planning').set(lead).expect(200);
      expect(one.body.stages.map(({ stage }: { stage: string }) => stage)).toEqual(['planning']);
      const refused = await stack.http.get('/api/v1/programme/equality?stage=waiting').set(lead).expect(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.errors.map(({ field }: { field: string }) => field)).toEqual(['stage']);
    });

    it('should answer as CSV, with hidden counts written <5', async () => {
      const response = await stack.http
        .get('/api/v1/programme/equality?stage=referred')
        .set(lead)
        .set('Accept', 'text/csv')
        .expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      const lines = response.text.split('\r\n');
      expect(lines[0]).toBe('stage,characteristic,group,people,of_referred');
      expect(lines).toEqual(
        expect.arrayContaining([
          'referred,all,all,15,',
          'referred,sex,female,5,1',
          'referred,sex,prefer-not-to-say,<5,',
          'referred,religion-or-belief,christian,5,1',
        ]),
      );
    });

    it('should match a recount of the records (the roll-ups agree with the people)', async () => {
      const dataSource = stack.api.get(DataSource);
      const recount: { stage: string; sex: string; people: number }[] = await dataSource.query(
        `SELECT reached.stage, coalesce(d.sex, 'not-recorded') AS sex, count(*)::int AS people
           FROM participants p
           LEFT JOIN participant_demographics d ON d.participant_id = p.id
          CROSS JOIN jsonb_object_keys(p.stage_dates) AS reached (stage)
          WHERE p.site_id = 'site-p'
          GROUP BY 1, 2`,
      );
      const counted: { stage: string; value: string; people: number }[] = await dataSource.query(
        `SELECT stage, value, people FROM take_up_counts WHERE site_id = 'site-p' AND dimension = 'sex' AND people <> 0`,
      );
      const key = (stage: string, value: string) => `${stage}/${value}`;
      const expected = new Map(
        recount.filter((row) => row.sex !== 'not-recorded').map((row) => [key(row.stage, row.sex), row.people]),
      );
      expect(new Map(counted.map((row) => [key(row.stage, row.value), row.people]))).toEqual(expected);
    });
  });

  describe('site settings and demographics', () => {
    it('should let only an administrator set the population, and show it to the programme lead', async () => {
      await stack.http.put('/api/v1/programme/site-settings').set(lead).send({ population: 5000 }).expect(403);
      const settings = await stack.http.get('/api/v1/programme/site-settings').set(lead).expect(200);
      expect(settings.body).toMatchObject({
        siteId: 'site-p',
        population: 4000,
        characteristics: [{ key: 'religion-or-belief', values: ['none', 'christian', 'muslim'] }],
        expectedPer1000: { ipcCohort: 50, carePlan: 10, personalBudget: null },
        updatedBy: 'admin-p',
      });
    });

    it.each([
      ['population', { population: 0 }],
      ['characteristics[0].key', { population: 4000, characteristics: [{ key: 'sex', values: ['a'] }] }],
      ['characteristics[0].values', { population: 4000, characteristics: [{ key: 'faith', values: [] }] }],
      ['expectedPer1000.personalBudget', { population: 4000, expectedPer1000: { personalBudget: -1 } }],
    ])('should refuse bad site settings with 400 naming %s', async (field, body) => {
      const response = await stack.http
        .put('/api/v1/programme/site-settings')
        .set(auth(staff.siteAdministrator))
        .send(body)
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
    });

    it('should refuse demographics the site does not record, naming the field', async () => {
      const unknown = await stack.http
        .post('/api/v1/participants')
        .set(auth(staff.siteP))
        .send({
          nhsNumber: '9434765919',
          dateOfBirth: '1950-03-14',
          cohort: 'multiple-long-term-conditions',
          referralSource: 'gp-referral',
          details: { givenName: 'Pat', familyName: 'Example' },
          demographics: { sex: 'unknown', other: { 'shoe-size': '9' } },
        })
        .expect(400);
      expect(unknown.body.errors.map((error: { field: string }) => error.field)).toEqual(['demographics.sex']);
      const other = await stack.http
        .put(`/api/v1/participants/${laterRecorded}/demographics`)
        .set(auth(staff.siteP))
        .send({ other: { 'shoe-size': '9', 'religion-or-belief': 'jedi' } })
        .expect(400);
      expect(other.body.errors.map((error: { field: string }) => error.field)).toEqual([
        'other.shoe-size',
        'other.religion-or-belief',
      ]);
    });

    it("should read a person's demographics back for their care team", async () => {
      const response = await stack.http
        .get(`/api/v1/participants/${laterRecorded}/demographics`)
        .set(auth(staff.siteP))
        .expect(200);
      expect(response.body).toMatchObject({
        sex: 'female',
        ethnicity: null,
        disability: null,
        other: { 'religion-or-belief': 'prefer-not-to-say' },
        recordedBy: 'coordinator-p',
      });
    });
  });

  describe('who may see what', () => {
    it.each(['/api/v1/programme/throughput', '/api/v1/programme/projection', '/api/v1/programme/equality'])(
      'should answer 403 to a care-team token at %s',
      async (path) => {
        const response = await stack.http.get(path).set(auth(staff.siteP)).expect(403);
        expect(response.headers['content-type']).toContain('application/problem+json');
      },
    );

    it("should answer 403 to a programme lead asking for any one person's details", async () => {
      const id = laterRecorded;
      for (const path of ['', `/${id}`, `/${id}/timeline`, `/${id}/demographics`]) {
        await stack.http.get(`/api/v1/participants${path}`).set(lead).expect(403);
      }
      await stack.http.put(`/api/v1/participants/${id}/demographics`).set(lead).send({}).expect(403);
    });

    it("should show a programme lead their own site's figures only", async () => {
      const siteA = await stack.http.get('/api/v1/programme/projection').set(auth(staff.programmeLead)).expect(200);
      expect(siteA.body).toMatchObject({ siteId: 'site-a', population: null });
      expect(siteA.body.measures[0]).toMatchObject({ actualPer1000: null, expected: null });
    });

    it.each([
      ['from', '?from=2026-02-30'],
      ['to', '?to=yesterday'],
      ['from', '?from=2026-11-02&to=2026-11-01'],
    ])('should answer 400 naming %s for a bad period', async (field, query) => {
      const response = await stack.http.get(`/api/v1/programme/throughput${query}`).set(lead).expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
    });
  });

  describe('GET /metrics', () => {
    it('should expose journeys by stage, steps recorded and reminders by outcome as Prometheus metrics', async () => {
      const metrics = await stack.http
        .get('/metrics')
        .set(auth({ token: stack.config.metricsToken }))
        .expect(200);
      expect(metrics.text).toContain('ipc_journeys_by_stage{site="site-p",stage="plan-agreed"} 6');
      expect(metrics.text).toContain('ipc_journeys_by_stage{site="site-p",stage="community-follow-up"} 5');
      expect(metrics.text).toContain('ipc_journey_steps_recorded_total{site="site-p",step="referral"} 16');
      expect(metrics.text).toContain('ipc_journey_steps_recorded_total{site="site-p",step="care-plan"} 6');
      expect(metrics.text).toMatch(/# TYPE ipc_journey_steps_recorded_total counter/);
      expect(metrics.text).toMatch(/# TYPE ipc_reminders_by_outcome gauge/);
    });
  });
});
