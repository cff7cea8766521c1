import { DataSource } from 'typeorm';
import { budgetBody } from '../factories/budget.factory';
import { JourneyClient, TO_AGREEMENT } from '../support/journey-client';
import { readModelsThatDisagree } from '../support/programme-recount';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';
import { allocateResources } from '../support/site-setup';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });

describe('Programme figures for budgets and reviews (site Q, known people)', () => {
  let stack: TestStack;
  let journeys: JourneyClient;
  const post = (id: string, path: string, body: object) =>
    stack.http.post(`/api/v1/participants/${id}/${path}`).set(auth(staff.siteQ)).send(body).expect(200);

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http, staff.siteQ);
    await allocateResources(stack.http, staff.siteQAdministrator);

    const [withBudget, declined, reviewed] = [
      await journeys.walk(TO_AGREEMENT),
      await journeys.walk(TO_AGREEMENT),
      await journeys.walk(TO_AGREEMENT),
    ];
    await post(withBudget, 'budget/indicative', {
      needBand: 'high',
      contributionPence: 120_000,
      effectiveDate: '2026-10-12',
    });
    await post(withBudget, 'budget', budgetBody());
    await post(declined, 'budget/decline', {
      reason: 'Prefers the council to arrange it',
      effectiveDate: '2026-10-20',
    });
    // Agreed on 2026-10-08, the first review fell due on 2026-12-03: held on 2026-11-22 it is on time.
    await post(reviewed, 'reviews', {
      outcome: 'continue',
      attendees: [{ role: 'participant' }],
      effectiveDate: '2026-11-22',
    });
  });

  afterAll(() => stack.close());

  it('should count budgets by funder and deployment, and the indicative against the final total', async () => {
    const response = await stack.http
      .get('/api/v1/programme/throughput?from=2026-09-01&to=2026-11-24')
      .set(auth(staff.siteQProgrammeLead))
      .expect(200);
    expect(response.body.budgets).toEqual({
      available: true,
      byFunder: [
        { funder: 'nhs', budgets: 1, totalPence: 600_000 },
        { funder: 'socialCare', budgets: 1, totalPence: 248_050 },
        { funder: 'education', budgets: 0, totalPence: 0 },
      ],
      byDeployment: [
        { deployment: 'direct-payment', parts: 1, totalPence: 500_000 },
        { deployment: 'third-party', parts: 0, totalPence: 0 },
        { deployment: 'individual-service-fund', parts: 1, totalPence: 468_050 },
        { deployment: 'notional', parts: 0, totalPence: 0 },
      ],
      indicativeAgainstFinal: {
        budgets: 1,
        indicativeTotalPence: 968_050,
        finalTotalPence: 968_050,
        differencePence: 0,
      },
    });
    // The two unreviewed plans' first review falls due on 2026-12-03: overdue once that date has passed.
    const overdue = new Date().toISOString().slice(0, 10) > '2026-12-03' ? 2 : 0;
    expect(response.body.reviews).toEqual({ available: true, onTime: 1, late: 0, overdue });
  });

  it('should count people with a personal budget and with a personal health budget in the projection', async () => {
    const response = await stack.http
      .get('/api/v1/programme/projection')
      .set(auth(staff.siteQProgrammeLead))
      .expect(200);
    const actual = (measure: string) =>
      response.body.measures.find((figure: { measure: string }) => figure.measure === measure).actual;
    expect([actual('care-plan'), actual('personal-budget'), actual('personal-health-budget')]).toEqual([3, 1, 1]);
  });

  it('should follow a budget through a withdrawn direct payment and the journey closing', async () => {
    const figures = async () =>
      (
        await stack.http
          .get('/api/v1/programme/throughput?from=2026-09-01&to=2026-11-24')
          .set(auth(staff.siteQProgrammeLead))
          .expect(200)
      ).body.budgets;
    const before = await figures();
    const id = await journeys.walk(TO_AGREEMENT);
    await post(id, 'budget/indicative', { needBand: 'high', contributionPence: 120_000, effectiveDate: '2026-10-12' });
    const set = await post(id, 'budget', budgetBody());
    const directPayment = set.body.budget.parts.find(
      (part: { deployment: string }) => part.deployment === 'direct-payment',
    );
    await post(id, 'budget/direct-payment-withdrawal', {
      partId: directPayment.partId,
      reason: 'Managing the payments became too much',
      effectiveDate: '2026-11-10',
    });

    const withdrawn = await figures();
    const deployment = (report: typeof before, name: string) =>
      report.byDeployment.find((row: { deployment: string }) => row.deployment === name);
    expect(deployment(withdrawn, 'direct-payment')).toEqual(deployment(before, 'direct-payment'));
    expect(deployment(withdrawn, 'notional')).toEqual({ deployment: 'notional', parts: 1, totalPence: 500_000 });
    expect(deployment(withdrawn, 'individual-service-fund').parts).toBe(
      deployment(before, 'individual-service-fund').parts + 1,
    );
    expect(withdrawn.indicativeAgainstFinal.budgets).toBe(before.indicativeAgainstFinal.budgets + 1);

    await post(id, 'closure', { reason: 'moved-away', effectiveDate: '2026-11-12' });
    expect(await figures()).toEqual(before);
    expect(await readModelsThatDisagree(stack.api.get(DataSource), 'site-q')).toEqual([]);
  });
});
