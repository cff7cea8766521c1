import { CarePlanEntity, JourneyStepEntity, StepNarrativeEntity } from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { referralBody } from '../factories/referral.factory';
import { JourneyClient, TO_AGREEMENT, TO_PLANNING } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

describe('The participant journey through the API', () => {
  let stack: TestStack;
  let journeys: JourneyClient;
  let dataSource: DataSource;

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http);
    dataSource = stack.api.get(DataSource);
  });

  afterAll(() => stack.close());

  it('should walk a person from referral to an agreed plan, recording every step', async () => {
    const id = await journeys.refer();
    const expectations: [Parameters<JourneyClient['step']>[1], string, string[]][] = [
      ['identification', 'identified', ['offer', 'closure']],
      ['offer', 'offered', ['offer', 'guided-conversation', 'closure']],
      ['guidedConversation', 'activation', ['activation', 'closure']],
      ['activation', 'planning', ['activation', 'care-plan', 'indicative-budget', 'closure']],
      ['carePlan', 'planning', ['activation', 'care-plan', 'care-plan-agreement', 'indicative-budget', 'closure']],
      [
        'agreement',
        'plan-agreed',
        ['activation', 'indicative-budget', 'budget-decline', 'review', 'review-request', 'closure'],
      ],
    ];
    for (const [step, stage, allowedSteps] of expectations) {
      const response = await journeys.step(id, step).expect(200);
      expect(response.body).toMatchObject({ stage, allowedSteps });
    }

    const details = await journeys.details(id).expect(200);
    expect(details.body).toMatchObject({
      stage: 'plan-agreed',
      activation: { score: 52.3, level: 2, planningSupport: 'intensive-one-to-one' },
      carePlan: { version: 1, totalAnnualCostPence: 968050, agreedOn: '2026-10-08', coordinatorId: 'coordinator-a' },
      keyDates: { referred: '2026-09-01', identified: '2026-09-03', 'plan-agreed': '2026-10-08' },
      communityConnectorId: 'connector-7',
    });
    expect(details.body.carePlan.supportItems).toHaveLength(2);

    const timeline = await journeys.timeline(id);
    expect(timeline.map((entry) => entry.step)).toEqual([
      'referral',
      'identification',
      'offer',
      'guided-conversation',
      'activation',
      'care-plan',
      'care-plan-agreement',
    ]);
    expect(timeline[3].details).toMatchObject({
      outcome: 'care-planning',
      whatMatters: expect.stringContaining('allotment'),
    });
    expect(timeline[1]).toMatchObject({
      actor: { staffId: 'coordinator-a', teamId: 'team-a1' },
      effectiveDate: '2026-09-03',
    });
  });

  it('should close the journey of a person who is not eligible, with the reason', async () => {
    const id = await journeys.refer();
    const response = await journeys
      .step(id, 'identification', { eligible: false, ineligibleReason: 'Not in a target cohort' })
      .expect(200);
    expect(response.body).toMatchObject({ stage: 'closed', closure: { reason: 'not-eligible' }, allowedSteps: [] });
    const timeline = await journeys.timeline(id);
    expect(timeline[1].details).toMatchObject({ eligible: false, ineligibleReason: 'Not in a target cohort' });
    await journeys.step(id, 'offer').expect(409);
  });

  it('should answer 400 when an ineligible person has no reason recorded', async () => {
    const id = await journeys.refer();
    const response = await journeys.step(id, 'identification', { eligible: false }).expect(400);
    expect(response.body.errors[0].field).toBe('ineligibleReason');
  });

  it('should hold a journey without consent and let it go on once consent is given', async () => {
    const id = await journeys.refer();
    await journeys.step(id, 'identification', { consentToShare: false }).expect(200);
    const refused = await journeys.step(id, 'offer').expect(409);
    expect(refused.body).toMatchObject({ stage: 'awaiting-consent', allowedSteps: ['identification', 'closure'] });
    await journeys.step(id, 'identification').expect(200);
    await journeys.step(id, 'offer').expect(200);
  });

  it('should move a person whose needs are met in the community to light-touch follow-up', async () => {
    const id = await journeys.walk(['identification', 'offer']);
    const response = await journeys.step(id, 'guidedConversation', { outcome: 'community-connecting' }).expect(200);
    expect(response.body).toMatchObject({
      stage: 'community-follow-up',
      allowedSteps: ['guided-conversation', 'follow-up', 'closure'],
    });
  });

  it('should close a journey mid-way with a reason, after which every step is refused', async () => {
    const id = await journeys.walk(['identification', 'offer']);
    const closed = await journeys.step(id, 'closure', { reason: 'moved-away', note: 'Moved to Leeds' }).expect(200);
    expect(closed.body).toMatchObject({ stage: 'closed', closure: { reason: 'moved-away', closedOn: '2026-10-09' } });
    const refused = await journeys.step(id, 'guidedConversation').expect(409);
    expect(refused.body).toMatchObject({
      type: expect.stringContaining('illegal-step'),
      stage: 'closed',
      allowedSteps: [],
    });
    const listed = await stack.http
      .get('/api/v1/participants?stage=closed&pageSize=100')
      .set({ Authorization: `Bearer ${staff.coordinator.token}` })
      .expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(id);
  });

  it('should refuse every step that the current stage does not allow with 409, recording nothing', async () => {
    const id = await journeys.refer();
    for (const step of ['offer', 'guidedConversation', 'activation', 'carePlan', 'agreement'] as const) {
      const response = await journeys.step(id, step).expect(409);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).toMatchObject({ stage: 'referred', allowedSteps: ['identification', 'closure'] });
    }
    expect(await dataSource.getRepository(JourneyStepEntity).countBy({ participantId: id })).toBe(1);
    expect(await dataSource.getRepository(StepNarrativeEntity).countBy({ participantId: id })).toBe(0);
  });

  it('should apply a step retried with the same Idempotency-Key once, answering the first answer', async () => {
    const id = await journeys.walk(['identification', 'offer']);
    const first = await journeys.step(id, 'guidedConversation', {}, 'conversation-1').expect(200);
    const again = await journeys.step(id, 'guidedConversation', {}, 'conversation-1').expect(200);
    expect(again.body).toEqual(first.body);
    const concurrent = await Promise.all([1, 2, 3].map(() => journeys.step(id, 'activation', {}, 'activation-1')));
    expect(concurrent.map((response) => response.status)).toEqual([200, 200, 200]);
    const steps = (await journeys.timeline(id)).map((entry) => entry.step);
    expect(steps.filter((step) => step === 'guided-conversation')).toHaveLength(1);
    expect(steps.filter((step) => step === 'activation')).toHaveLength(1);
    const reused = await journeys.step(id, 'closure', {}, 'activation-1').expect(422);
    expect(reused.body.type).toContain('idempotency-key-reused');
  });

  it('should let a plan be revised before agreement and refuse agreement of a stale version', async () => {
    const id = await journeys.walk(TO_PLANNING);
    await journeys.step(id, 'carePlan').expect(200);
    const revised = await journeys
      .step(id, 'carePlan', {
        supportItems: [{ description: 'Day centre', provider: 'Oak Centre', annualCostPence: 450000 }],
      })
      .expect(200);
    expect(revised.body.carePlan).toMatchObject({ version: 2, totalAnnualCostPence: 450000 });
    const stale = await journeys.step(id, 'agreement', { planVersion: 1 }).expect(400);
    expect(stale.body.errors[0]).toMatchObject({ field: 'planVersion' });
    await journeys.step(id, 'agreement', { planVersion: 2 }).expect(200);
    const plans = await dataSource
      .getRepository(CarePlanEntity)
      .find({ where: { participantId: id }, order: { version: 'ASC' } });
    expect(plans.map((plan) => [plan.version, plan.agreedOn])).toEqual([
      [1, null],
      [2, '2026-10-08'],
    ]);
  });

  it('should answer 400 naming each bad field, and change nothing', async () => {
    const id = await journeys.walk(TO_PLANNING);
    const response = await journeys
      .step(id, 'carePlan', {
        coordinatorId: '',
        supportItems: [{ description: 'x', provider: 'y', annualCostPence: 12.5 }],
        contingency: undefined,
      })
      .expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'contingency',
      'coordinatorId',
      'supportItems[0].annualCostPence',
    ]);
    const future = await journeys.step(id, 'activation', { effectiveDate: '2999-01-01' }).expect(400);
    expect(future.body.errors[0].field).toBe('effectiveDate');
    const beforePrevious = await journeys.step(id, 'activation', { effectiveDate: '2026-09-20' }).expect(400);
    expect(beforePrevious.body.errors[0]).toMatchObject({ field: 'effectiveDate' });
    // 5e-324 has no decimal point when written out, but it is not a score with one decimal place.
    for (const score of [52.35, 5e-324]) {
      const fractional = await journeys.step(id, 'activation', { score }).expect(400);
      expect(fractional.body.errors).toEqual([{ field: 'score', reason: 'a PAM score has at most one decimal place' }]);
    }
    const details = await journeys.details(id).expect(200);
    expect(details.body).toMatchObject({ stage: 'planning', carePlan: null, activation: { score: 52.3 } });
  });

  it('should refuse a referral with an impossible date, age, NHS number or team, naming each field and recording nothing', async () => {
    const auth = { Authorization: `Bearer ${staff.coordinator.token}` };
    const refer = (overrides: Record<string, unknown>) =>
      stack.http.post('/api/v1/participants').set(auth).send(referralBody(overrides));
    const fieldsOf = (response: { body: { errors: { field: string }[] } }) =>
      response.body.errors.map((error) => error.field).sort();
    const referralsBefore = await dataSource.query('SELECT count(*)::int AS count FROM participants');

    const tooOld = await refer({ dateOfBirth: '1850-01-01' }).expect(400);
    expect(tooOld.body.errors).toEqual([{ field: 'dateOfBirth', reason: 'must not be more than 125 years ago' }]);
    const unborn = await refer({ dateOfBirth: '2999-01-01' }).expect(400);
    expect(unborn.body.errors).toEqual([{ field: 'dateOfBirth', reason: 'must not be in the future' }]);
    const beforeBirth = await refer({ dateOfBirth: '1990-05-01', referredOn: '1989-01-01' }).expect(400);
    expect(beforeBirth.body.errors).toEqual([
      { field: 'referredOn', reason: 'must not be before the date of birth (1990-05-01)' },
    ]);
    expect(fieldsOf(await refer({ referredOn: '2999-01-01' }).expect(400))).toEqual(['referredOn']);
    for (const nhsNumber of ['0000000000', '111 111 1111']) {
      expect(fieldsOf(await refer({ nhsNumber }).expect(400))).toEqual(['nhsNumber']);
    }
    for (const teamId of [staff.otherSite.teamId, 'team-nobody-is-in']) {
      const elsewhere = await refer({ teamId }).expect(400);
      expect(elsewhere.body.errors).toEqual([
        { field: 'teamId', reason: 'is not a team of your site (team-a1, team-a2)' },
      ]);
    }
    expect(await dataSource.query('SELECT count(*)::int AS count FROM participants')).toEqual(referralsBefore);

    const teams = await stack.http.get('/api/v1/site/teams').set(auth).expect(200);
    expect(teams.body).toEqual({ siteId: 'site-a', teams: ['team-a1', 'team-a2'] });
    const accepted = await refer({ teamId: 'team-a2' }).expect(201);
    expect(accepted.body.teamId).toBe('team-a2');
  });

  it('should list people by stage, cohort, team and referral source, sorted and paged', async () => {
    const colleague = new JourneyClient(stack.http, staff.colleague);
    const ids = await Promise.all([
      colleague.refer({
        cohort: 'learning-disability-autism',
        referralSource: 'self-referral',
        referredOn: '2026-08-01',
      }),
      colleague.refer({
        cohort: 'learning-disability-autism',
        referralSource: 'self-referral',
        referredOn: '2026-08-03',
      }),
      colleague.refer({ cohort: 'learning-disability-autism', referralSource: 'vcse', referredOn: '2026-08-02' }),
    ]);
    const page = await stack.http
      .get('/api/v1/participants')
      .query({
        teamId: 'team-a2',
        cohort: 'learning-disability-autism',
        referralSource: 'self-referral',
        sort: 'referredOn',
        pageSize: 1,
        page: 2,
      })
      .set({ Authorization: `Bearer ${staff.colleague.token}` })
      .expect(200);
    expect(page.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page.body.items.map((item: { id: string }) => item.id)).toEqual([ids[1]]);
    const bad = await stack.http
      .get('/api/v1/participants?pageSize=1000&stage=nowhere')
      .set({ Authorization: `Bearer ${staff.colleague.token}` })
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['pageSize', 'stage']);
  });

  it('should keep a journey that reached plan agreement consistent between workflow and read model', async () => {
    const id = await journeys.walk(TO_AGREEMENT);
    const details = await journeys.details(id).expect(200);
    const listed = await stack.http
      .get('/api/v1/participants?stage=plan-agreed&pageSize=100')
      .set({ Authorization: `Bearer ${staff.coordinator.token}` })
      .expect(200);
    expect(details.body.stage).toBe('plan-agreed');
    expect(listed.body.items.find((item: { id: string }) => item.id === id)).toMatchObject({
      stage: 'plan-agreed',
      stageEnteredOn: '2026-10-08',
    });
  });
});
