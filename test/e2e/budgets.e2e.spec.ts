import { MAX_AMOUNT_PENCE } from '@ipc/domain';
import { DataSource } from 'typeorm';
import { budgetBody, resourceAllocation } from '../factories/budget.factory';
import { JourneyClient, TO_AGREEMENT } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';
import { allocateResources } from '../support/site-setup';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });

describe('Personal budgets through the API', () => {
  let stack: TestStack;
  let journeys: JourneyClient;
  let dataSource: DataSource;

  const post = (participantId: string, path: string, body: object, key?: string) => {
    const request = stack.http.post(`/api/v1/participants/${participantId}/${path}`).set(auth(staff.coordinator));
    return (key ? request.set('Idempotency-Key', key) : request).send(body);
  };
  const issueIsr = (participantId: string) =>
    post(participantId, 'budget/indicative', {
      needBand: 'high',
      contributionPence: 120_000,
      effectiveDate: '2026-10-12',
    });
  const budgetRows = async (participantId: string) =>
    Number(
      (await dataSource.query('SELECT count(*) FROM personal_budgets WHERE participant_id = $1', [participantId]))[0]
        .count,
    );

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http);
    dataSource = stack.api.get(DataSource);
    await allocateResources(stack.http);
  });

  afterAll(() => stack.close());

  it('should let only an administrator set the resource allocation, and validate it', async () => {
    await stack.http
      .put('/api/v1/site/resource-allocation')
      .set(auth(staff.coordinator))
      .send(resourceAllocation())
      .expect(403);
    const bad = await stack.http
      .put('/api/v1/site/resource-allocation')
      .set(auth(staff.administrator))
      .send(resourceAllocation({ varianceThresholdBasisPoints: 20_000, statementCycle: 'weekly' }))
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'statementCycle',
      'varianceThresholdBasisPoints',
    ]);
    const current = await stack.http.get('/api/v1/site/resource-allocation').set(auth(staff.coordinator)).expect(200);
    expect(current.body.varianceThresholdBasisPoints).toBe(1000);
    await stack.http.get('/api/v1/site/resource-allocation').set(auth(staff.otherSite)).expect(409);
  });

  it('should issue an ISR with each figure and how it was worked out, in integer pence', async () => {
    const id = await journeys.walk(TO_AGREEMENT);
    const response = await issueIsr(id).expect(200);
    expect(response.body.individualStatement).toMatchObject({
      indicativeTotalPence: 968_050,
      fundersTotalPence: 848_050,
      byFunder: { nhs: 600_000, socialCare: 248_050, education: 0 },
      contributionPence: 120_000,
      personalBudgetSharePence: 480_000 + 248_050,
      communityServices: ['Tuesday walking group', 'Carers centre drop-in'],
    });
    expect(response.body.individualStatement.explanation.map((line: { figure: string }) => line.figure)).toEqual([
      'reference annual cost',
      'social care',
      'indicative total',
      'personal budget share',
    ]);
    expect(response.body).toMatchObject({
      stage: 'plan-agreed',
      indicativeBudget: { version: 1, indicativeTotalPence: 968_050, fundersPence: 848_050 },
    });
    const listed = await stack.http
      .get(`/api/v1/participants/${id}/statements`)
      .set(auth(staff.coordinator))
      .expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ kind: 'indicative', issuedOn: '2026-10-12' })]);
    const statementPath = `/api/v1/participants/${id}/statements/${listed.body.items[0].id}`;
    const html = await stack.http.get(`${statementPath}?format=html`).set(auth(staff.coordinator)).expect(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.text).toContain('£9,680.50');
    const pdf = await stack.http
      .get(statementPath)
      .set(auth(staff.coordinator))
      .set('Accept', 'application/pdf')
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    await stack.http.get(`${statementPath}?format=docx`).set(auth(staff.coordinator)).expect(400);
    await stack.http.get(statementPath).set(auth(staff.otherSite)).expect(404);
    const unknownBand = await post(id, 'budget/indicative', { needBand: 'low', contributionPence: 0 }).expect(400);
    expect(unknownBand.body.errors[0].field).toBe('needBand');
  });

  it('should refuse a budget before the ISR (409), and issue the ISR in planning before any plan exists', async () => {
    const agreed = await journeys.walk(TO_AGREEMENT);
    const refused = await post(agreed, 'budget', budgetBody()).expect(409);
    expect(refused.body.allowedSteps).toEqual([
      'activation',
      'indicative-budget',
      'budget-decline',
      'review',
      'review-request',
      'closure',
    ]);
    const planning = await journeys.walk(['identification', 'offer', 'guidedConversation', 'activation']);
    const early = await issueIsr(planning).expect(200);
    expect(early.body).toMatchObject({
      stage: 'planning',
      carePlan: null,
      indicativeBudget: { version: 1, issuedOn: '2026-10-12' },
      individualStatement: { needBand: 'high', contributionPence: 120_000 },
    });
    const again = await post(planning, 'budget/indicative', { needBand: 'moderate', contributionPence: 0 }).expect(200);
    expect(again.body.indicativeBudget).toMatchObject({ version: 2, needBand: 'moderate' });
    await post(planning, 'budget', budgetBody()).expect(409);
  });

  it.each([
    ['contributionPence', { contributionPence: 999_999_999 }],
    ['parts', { parts: [{ deployment: 'notional', amountPence: 1_000_000 }] }],
    // The funders' shares alone, without the contribution, do not make the total.
    ['fundingStreams', { fundingStreams: { nhs: 720_000, socialCare: 248_050, education: 0 } }],
    [
      // Less than the plan's cost.
      'totalPence',
      {
        totalPence: 900_000,
        fundingStreams: { nhs: 780_000, socialCare: 0, education: 0 },
        parts: [{ deployment: 'notional', amountPence: 900_000 }],
      },
    ],
    [
      // More than the plan's cost: the final budget is the plan's cost.
      'totalPence',
      {
        totalPence: 1_000_000,
        fundingStreams: { nhs: 631_950, socialCare: 248_050, education: 0 },
        parts: [{ deployment: 'notional', amountPence: 1_000_000 }],
      },
    ],
    [
      // The funders paying beyond the variance threshold of what the ISR said, without an approval.
      'totalPence',
      {
        fundingStreams: { nhs: 720_000, socialCare: 248_050, education: 0 },
        contributionPence: 0,
      },
    ],
    [
      'parts[0].directPayment.consentGivenOn',
      {
        parts: [
          { deployment: 'direct-payment', amountPence: 968_050, holder: { type: 'participant', reference: 'self' } },
        ],
      },
    ],
    [
      'parts[0].directPayment.supportOffered',
      {
        parts: [
          {
            deployment: 'direct-payment',
            amountPence: 968_050,
            directPayment: { consentGivenOn: '2026-10-10', supportOffered: false },
          },
        ],
      },
    ],
  ])('should refuse a budget breaking the %s rule with 400 and change nothing', async (field, overrides) => {
    const id = await journeys.walk(TO_AGREEMENT);
    await issueIsr(id).expect(200);
    const response = await post(id, 'budget', budgetBody(overrides)).expect(400);
    expect(response.body.errors[0].field).toBe(field);
    expect((await journeys.details(id).expect(200)).body).toMatchObject({ stage: 'plan-agreed', budget: null });
    expect(await budgetRows(id)).toBe(0);
  });

  describe('four eyes', () => {
    // No contribution after all: the funders pay 968,050p, 14% more than the ISR's 848,050p.
    const beyondThreshold = {
      fundingStreams: { nhs: 720_000, socialCare: 248_050, education: 0 },
      contributionPence: 0,
    };
    const approve = (participantId: string, member: { token: string }, totalPence = 968_050) =>
      stack.http
        .post(`/api/v1/participants/${participantId}/budget/approvals`)
        .set(auth(member))
        .send({ totalPence, reason: 'Agreed at the funding panel' });

    it('should set a budget beyond the threshold once another staff member, a budget approver, approved its total', async () => {
      const id = await journeys.walk(TO_AGREEMENT);
      await issueIsr(id).expect(200);
      const unapproved = await post(id, 'budget', budgetBody(beyondThreshold)).expect(400);
      expect(unapproved.body.errors[0]).toMatchObject({
        field: 'totalPence',
        reason: expect.stringContaining(`/api/v1/participants/${id}/budget/approvals`),
      });
      await approve(id, staff.coordinator).expect(403);
      const approval = await approve(id, staff.budgetApprover).expect(201);
      expect(approval.body).toMatchObject({ participantId: id, totalPence: 968_050, approvedBy: 'approver-a' });

      const set = await post(id, 'budget', budgetBody({ ...beyondThreshold, approvedBy: 'someone-typed' })).expect(400);
      expect(set.body.errors[0].field).toBe('approvedBy');
      const accepted = await post(id, 'budget', budgetBody(beyondThreshold)).expect(200);
      expect(accepted.body.stage).toBe('delivery');
      const [row] = await dataSource.query('SELECT approved_by FROM personal_budgets WHERE participant_id = $1', [id]);
      expect(row.approved_by).toBe('approver-a');
    });

    it('should refuse (403) a budget approver setting a budget whose only approval is their own', async () => {
      const id = await journeys.walk(TO_AGREEMENT);
      await issueIsr(id).expect(200);
      await approve(id, staff.budgetApprover).expect(201);
      const own = await stack.http
        .post(`/api/v1/participants/${id}/budget`)
        .set(auth(staff.budgetApprover))
        .send(budgetBody(beyondThreshold))
        .expect(403);
      expect(own.body.type).toContain('four-eyes');
      expect(await budgetRows(id)).toBe(0);
    });
  });

  it('should refuse any amount above the documented bound with 400 naming the field, and record nothing', async () => {
    const tooMuch = MAX_AMOUNT_PENCE + 1;
    const id = await journeys.walk(TO_AGREEMENT);
    const isr = await post(id, 'budget/indicative', { needBand: 'high', contributionPence: tooMuch }).expect(400);
    expect(isr.body.errors).toEqual([{ field: 'contributionPence', reason: expect.stringContaining('whole number') }]);
    await issueIsr(id).expect(200);
    const budget = await post(
      id,
      'budget',
      budgetBody({
        totalPence: Number.MAX_SAFE_INTEGER,
        fundingStreams: { nhs: Number.MAX_SAFE_INTEGER, socialCare: 0, education: 0 },
        parts: [{ deployment: 'notional', amountPence: Number.MAX_SAFE_INTEGER }],
      }),
    ).expect(400);
    expect(budget.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'fundingStreams.nhs',
      'parts[0].amountPence',
      'totalPence',
    ]);
    expect(await budgetRows(id)).toBe(0);

    const allocation = await stack.http
      .put('/api/v1/site/resource-allocation')
      .set(auth(staff.administrator))
      .send(
        resourceAllocation({
          referenceCosts: [
            {
              cohort: 'multiple-long-term-conditions',
              needBand: 'high',
              annualPence: { nhs: tooMuch, socialCare: 0, education: 0 },
            },
          ],
        }),
      )
      .expect(400);
    expect(allocation.body.errors[0].field).toBe('referenceCosts[0].annualPence.nhs');
    const plan = await journeys.walk(['identification', 'offer', 'guidedConversation', 'activation']);
    const item = { description: 'Home care', provider: 'Riverside Home Care', annualCostPence: tooMuch };
    const refused = await journeys.step(plan, 'carePlan', { supportItems: [item] }).expect(400);
    expect(refused.body.errors[0].field).toBe('supportItems[0].annualCostPence');
  });

  it('should set the budget once (retries included), revise it with a reason and stop a withdrawn direct payment', async () => {
    const id = await journeys.walk(TO_AGREEMENT);
    await issueIsr(id).expect(200);
    const first = await post(id, 'budget', budgetBody(), 'budget-1').expect(200);
    const retried = await post(id, 'budget', budgetBody(), 'budget-1').expect(200);
    expect(retried.body).toEqual(first.body);
    expect(first.body).toMatchObject({
      stage: 'delivery',
      budget: { version: 1, totalPence: 968_050, startDate: '2026-10-15', nextStatementOn: '2027-10-15' },
    });
    expect(await budgetRows(id)).toBe(1);

    const parts = first.body.budget.parts as { partId: string; deployment: string }[];
    const unexplained = await post(id, 'budget', budgetBody({ effectiveDate: '2026-11-01' })).expect(400);
    expect(unexplained.body.errors[0].field).toBe('reason');
    const revised = await post(
      id,
      'budget',
      budgetBody({ effectiveDate: '2026-11-01', reason: 'Plan revised after a fall' }),
    ).expect(200);
    expect(revised.body.budget).toMatchObject({ version: 2, startDate: '2026-10-15', nextStatementOn: '2027-10-15' });

    const directPayment = revised.body.budget.parts.find(
      (part: { deployment: string }) => part.deployment === 'direct-payment',
    );
    expect(directPayment.partId).not.toBe(parts[0].partId);
    const withdrawn = await post(id, 'budget/direct-payment-withdrawal', {
      partId: directPayment.partId,
      reason: 'Managing the payments became too much',
      effectiveDate: '2026-11-10',
    }).expect(200);
    expect(withdrawn.body.budget.parts).toContainEqual(
      expect.objectContaining({
        partId: directPayment.partId,
        deployment: 'notional',
        withdrawnOn: '2026-11-10',
        amountPence: 500_000,
      }),
    );
    expect(withdrawn.body.allowedSteps).not.toContain('direct-payment-withdrawal');
    await post(id, 'budget/direct-payment-withdrawal', { partId: directPayment.partId, reason: 'again' }).expect(409);
    expect(await budgetRows(id)).toBe(3);
  });

  it('should refuse agreement of a plan revised at review above the budget until the budget is revised', async () => {
    const id = await journeys.walk(TO_AGREEMENT);
    await issueIsr(id).expect(200);
    await post(id, 'budget', budgetBody()).expect(200);
    const attendees = [{ role: 'participant' }];
    await post(id, 'reviews', { outcome: 'revise', attendees, effectiveDate: '2026-11-01' }).expect(200);
    const dearer = [
      { description: 'Personal assistant, 7 hours a week', provider: 'PA Co-op', annualCostPence: 1_000_000 },
    ];
    await journeys.step(id, 'carePlan', { supportItems: dearer, effectiveDate: '2026-11-02' }).expect(200);

    const refused = await journeys.step(id, 'agreement', { planVersion: 2, effectiveDate: '2026-11-03' }).expect(400);
    expect(refused.body.errors).toEqual([
      {
        field: 'planVersion',
        reason: expect.stringContaining(
          'costs £10,000.00 a year, £319.50 more than the personal budget of £9,680.50: revise the budget first',
        ),
      },
    ]);
    expect((await journeys.details(id).expect(200)).body).toMatchObject({
      stage: 'planning',
      carePlan: { version: 1, agreedOn: '2026-10-08' },
      draftCarePlan: { version: 2, agreedOn: null },
      allowedSteps: expect.arrayContaining(['budget', 'care-plan-agreement']),
    });

    const covering = budgetBody({
      totalPence: 1_000_000,
      fundingStreams: { nhs: 631_950, socialCare: 248_050, education: 0 },
      parts: [{ ...budgetBody().parts[1], amountPence: 1_000_000 }],
      reason: 'More personal assistant hours after the review',
      effectiveDate: '2026-11-03',
    });
    const revised = await post(id, 'budget', covering).expect(200);
    expect(revised.body).toMatchObject({ stage: 'planning', budget: { version: 2, totalPence: 1_000_000 } });
    const agreed = await journeys.step(id, 'agreement', { planVersion: 2, effectiveDate: '2026-11-04' }).expect(200);
    expect(agreed.body).toMatchObject({ stage: 'delivery', carePlan: { version: 2, agreedOn: '2026-11-04' } });
  });

  it('should let a person choose a plan without a personal budget', async () => {
    const id = await journeys.walk(TO_AGREEMENT);
    const declined = await post(id, 'budget/decline', {
      reason: 'Prefers the council to arrange it',
      effectiveDate: '2026-10-20',
    }).expect(200);
    expect(declined.body).toMatchObject({ stage: 'delivery', budgetDeclined: true, budget: null });
  });
});
