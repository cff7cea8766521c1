import { createHmac } from 'node:crypto';
import { DEFAULT_OUTCOME_MEASURES } from '@ipc/domain';
import { DataSource } from 'typeorm';
import { budgetBody } from '../factories/budget.factory';
import { referralDetails } from '../factories/person-details.factory';
import { randomNhsNumber } from '../factories/referral.factory';
import { JourneyClient, TO_AGREEMENT } from '../support/journey-client';
import { allocateResources } from '../support/site-setup';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });
const SECRET = 'site-e-evaluation-secret-0123456789abcdef';
const ANOTHER_SECRET = 'site-e-rotated-evaluation-secret-0123456789';
const hmac = (nhsNumber: string, secret: string) => createHmac('sha256', secret).update(nhsNumber).digest('hex');
const CONSENT = { givenBy: 'person', capacityAssessed: true, effectiveDate: '2026-09-03' };

describe('The evaluation extract (site E): consenting people only, pseudonymised', () => {
  let stack: TestStack;
  let journeys: JourneyClient;
  const secretsBefore = process.env.EVALUATION_HASH_SECRETS;
  const people = { consenting: randomNhsNumber(), withdrawing: randomNhsNumber(), declined: randomNhsNumber() };
  const ids: Record<string, string> = {};

  const post = (id: string, path: string, body: object, expected = 200) =>
    stack.http.post(`/api/v1/participants/${id}/${path}`).set(auth(staff.siteE)).send(body).expect(expected);
  const extract = (query = '') =>
    stack.http.get(`/api/v1/programme/evaluation-extract${query}`).set(auth(staff.siteEProgrammeLead)).expect(200);
  const start = async (secret: string, worker = true) => {
    process.env.EVALUATION_HASH_SECRETS = JSON.stringify({ 'site-e': secret });
    stack = await startTestStack({ worker });
  };

  beforeAll(async () => {
    await start(SECRET);
    journeys = new JourneyClient(stack.http, staff.siteE);
    await allocateResources(stack.http, staff.siteEAdministrator);
    await stack.http
      .put('/api/v1/site/outcome-measures')
      .set(auth(staff.siteEAdministrator))
      .send({
        ...DEFAULT_OUTCOME_MEASURES,
        qualityOfLifeInstruments: [{ instrument: 'EQ-5D-5L', version: '1.0', minimum: 0, maximum: 100 }],
      })
      .expect(200);
    const details = referralDetails({
      givenName: 'Rhiannon',
      familyName: 'Pryce',
      postalAddress: { lines: ['1 Park Row', 'Leeds'], postcode: 'LS1 4AB' },
    });

    ids.consenting = await journeys.refer({ nhsNumber: people.consenting, details });
    for (const step of TO_AGREEMENT) await journeys.step(ids.consenting, step).expect(200);
    await post(ids.consenting, 'budget/indicative', {
      needBand: 'high',
      contributionPence: 120_000,
      effectiveDate: '2026-10-12',
    });
    await post(ids.consenting, 'budget', budgetBody());
    for (const [score, effectiveDate] of [
      [72, '2026-10-20'],
      [75, '2026-11-20'],
    ]) {
      await post(ids.consenting, 'quality-of-life', { instrument: 'EQ-5D-5L', score, effectiveDate }, 201);
    }
    await post(ids.consenting, 'consent', { ...CONSENT, scopes: ['share', 'evaluation'], decision: 'given' });

    ids.withdrawing = await journeys.refer({ nhsNumber: people.withdrawing, details });
    await post(ids.withdrawing, 'consent', { ...CONSENT, scopes: ['evaluation'], decision: 'given' });

    ids.declined = await journeys.refer({ nhsNumber: people.declined, details });
    await post(ids.declined, 'consent', { ...CONSENT, scopes: ['share'], decision: 'given' });
    await post(ids.declined, 'consent', {
      ...CONSENT,
      scopes: ['evaluation'],
      decision: 'declined',
      reason: 'Does not want to be in a study',
    });
    // No consent decision at all.
    ids.undecided = await journeys.refer({ details });
  });

  afterAll(async () => {
    await stack.close();
    if (secretsBefore === undefined) delete process.env.EVALUATION_HASH_SECRETS;
    else process.env.EVALUATION_HASH_SECRETS = secretsBefore;
  });

  it("should set a person's study arm with its audit entry, refusing a bad arm naming it", async () => {
    const bad = await stack.http
      .put(`/api/v1/participants/${ids.consenting}/study-arm`)
      .set(auth(staff.siteE))
      .send({ arm: 'Intervention arm' })
      .expect(400);
    expect(bad.body.errors).toEqual([
      { field: 'arm', reason: 'must be lower-case letters, digits and hyphens, up to 40, or null' },
    ]);
    const set = await stack.http
      .put(`/api/v1/participants/${ids.consenting}/study-arm`)
      .set(auth(staff.siteE))
      .send({ arm: 'intervention' })
      .expect(200);
    expect(set.body).toEqual({
      participantId: ids.consenting,
      arm: 'intervention',
      assignedBy: 'coordinator-e',
      assignedAt: expect.any(String),
    });
    const read = await stack.http
      .get(`/api/v1/participants/${ids.consenting}/study-arm`)
      .set(auth(staff.siteE))
      .expect(200);
    expect(read.body).toEqual(set.body);
    const none = await stack.http
      .get(`/api/v1/participants/${ids.withdrawing}/study-arm`)
      .set(auth(staff.siteE))
      .expect(200);
    expect(none.body).toEqual({ participantId: ids.withdrawing, arm: null, assignedBy: null, assignedAt: null });
    const entries = await stack.api
      .get(DataSource)
      .query(`SELECT method, status FROM audit_entries WHERE record_id = $1 AND part = 'study-arm' ORDER BY seq`, [
        ids.consenting,
      ]);
    expect(entries).toEqual([
      { method: 'PUT', status: 400 },
      { method: 'PUT', status: 200 },
      { method: 'GET', status: 200 },
    ]);
  });

  it('should give one row per person consenting to the evaluation, with the keyed hash and months only', async () => {
    const response = await extract();
    expect(response.body.total).toBe(2);
    expect(response.body.items.map((row: { pseudonym: string }) => row.pseudonym).sort()).toEqual(
      [hmac(people.consenting, SECRET), hmac(people.withdrawing, SECRET)].sort(),
    );
    const row = response.body.items.find(
      (item: { pseudonym: string }) => item.pseudonym === hmac(people.consenting, SECRET),
    );
    expect(row).toEqual({
      pseudonym: hmac(people.consenting, SECRET),
      cohort: 'multiple-long-term-conditions',
      stage: 'delivery',
      birthMonth: '1948-07',
      referredMonth: '2026-09',
      identifiedMonth: '2026-09',
      planAgreedMonth: '2026-10',
      closedMonth: null,
      postcodeDistrict: 'LS1',
      studyArm: 'intervention',
      budget: {
        totalPence: 968_050,
        nhsPence: 600_000,
        socialCarePence: 248_050,
        educationPence: 0,
        contributionPence: 120_000,
        indicativeTotalPence: 968_050,
      },
      activation: { measures: 1, first: { score: 52.3, month: '2026-09' }, latest: { score: 52.3, month: '2026-09' } },
      qualityOfLife: [
        {
          instrument: 'EQ-5D-5L',
          version: '1.0',
          measures: 2,
          first: { score: 72, month: '2026-10' },
          latest: { score: 75, month: '2026-11' },
        },
      ],
    });
  });

  it('should hold no name, NHS number, full postcode, record id or day-precision date, in JSON or CSV', async () => {
    const csv = await extract('?format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = csv.text.trimEnd().split('\r\n');
    expect(header).toMatch(/^pseudonym,cohort,stage,birth_month,.*,quality_of_life_EQ-5D-5L_latest_month$/);
    expect(rows).toHaveLength(2);
    for (const text of [(await extract()).text, csv.text]) {
      for (const identifying of [...Object.values(people), ...Object.values(ids), 'Rhiannon', 'Pryce', 'Park Row']) {
        expect(text).not.toContain(identifying);
      }
      expect(text).not.toMatch(/LS1 ?4AB/);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  it('should leave out a person who withdrew consent from the next extract', async () => {
    await post(ids.withdrawing, 'consent/withdrawal', {
      scopes: ['evaluation'],
      reason: 'No longer wants to take part',
    });
    const response = await extract();
    expect(response.body.items.map((row: { pseudonym: string }) => row.pseudonym)).toEqual([
      hmac(people.consenting, SECRET),
    ]);
  });

  it('should audit each export, who asked and the answer, and refuse the extract to a care coordinator', async () => {
    await stack.http.get('/api/v1/programme/evaluation-extract').set(auth(staff.siteE)).expect(403);
    const entries = await stack.api.get(DataSource).query(
      `SELECT staff_id AS "staffId", record_id AS "recordId", status FROM audit_entries
          WHERE site_id = 'site-e' AND part = 'evaluation-extract' ORDER BY seq`,
    );
    expect(entries.slice(-2)).toEqual([
      { staffId: 'lead-e', recordId: null, status: 200 },
      { staffId: 'coordinator-e', recordId: null, status: 403 },
    ]);
  });

  it("should keep a person's pseudonym while the site's secret stays, and change it with the secret", async () => {
    expect((await extract()).body.items[0].pseudonym).toBe(hmac(people.consenting, SECRET));
    await stack.close();
    await start(ANOTHER_SECRET, false);
    const rotated = (await extract()).body.items[0].pseudonym;
    expect(rotated).toBe(hmac(people.consenting, ANOTHER_SECRET));
    expect(rotated).not.toBe(hmac(people.consenting, SECRET));
  });
});
