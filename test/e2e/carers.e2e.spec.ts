import { ageReachedOn } from '@ipc/domain';
import { carerWorkflowId } from '@ipc/temporal';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { CARER_CONTACT, carerStepBodies, dateFromToday } from '../factories/carer.factory';
import { auth, CarerClient, TO_SUPPORT_PLAN } from '../support/carer-client';
import { historyPayloads } from '../support/history-payloads';
import { JourneyClient } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

describe('Carers through the API', () => {
  let stack: TestStack;
  let carers: CarerClient;
  let journeys: JourneyClient;
  let dataSource: DataSource;

  beforeAll(async () => {
    stack = await startTestStack();
    carers = new CarerClient(stack.http);
    journeys = new JourneyClient(stack.http);
    dataSource = stack.api.get(DataSource);
  });

  afterAll(() => stack.close());

  describe('POST /carers', () => {
    it('should show a young carer registered before their 18th birthday as an adult carer after it', async () => {
      const registered = await carers
        .register({
          kind: 'young-carer',
          dateOfBirth: dateFromToday(-10, -18),
          identifiedOn: dateFromToday(-365),
          relationship: 'child',
        })
        .expect(201);
      const details = await carers.details(registered.body.id).expect(200);
      expect(details.body).toMatchObject({ kind: 'adult-carer', registeredKind: 'young-carer' });
      const participantId = await journeys.refer();
      await carers.link(registered.body.id, participantId, 'child').expect(201);
      const listed = await stack.http
        .get(`/api/v1/participants/${participantId}/carers`)
        .set(auth(staff.coordinator))
        .expect(200);
      expect(listed.body.items).toEqual([expect.objectContaining({ id: registered.body.id, kind: 'adult-carer' })]);
    });

    it('should register a young carer and show the transition assessment ahead of their 18th birthday', async () => {
      const turns18On = dateFromToday(200);
      const registered = await carers
        .register({ kind: 'young-carer', dateOfBirth: dateFromToday(200, -18), relationship: 'child' })
        .expect(201);
      expect(registered.body).toMatchObject({ kind: 'young-carer', stage: 'identified', teamId: 'team-a1' });

      const details = await carers.details(registered.body.id).expect(200);
      expect(details.body).toMatchObject({
        kind: 'young-carer',
        registeredKind: 'young-carer',
        relationship: 'child',
        contact: CARER_CONTACT,
        preferences: { channel: 'email', format: 'large-print', language: 'en' },
        stage: 'identified',
        allowedSteps: ['assessment-offer', 'school-move', 'closure'],
        transitionLeadDays: 90,
        caresFor: [],
      });
      expect(details.body.upcomingTransitions[0]).toEqual({
        kind: 'turning-18-transition-assessment',
        dueOn: turns18On,
        remindOn: dateFromToday(110),
      });
      expect(details.body.upcomingTransitions.map((point: { kind: string }) => point.kind)).toEqual([
        'turning-18-transition-assessment',
        'annual-health-check',
      ]);
      const [row] = await dataSource.query(
        `SELECT stage, to_char(next_transition_on, 'YYYY-MM-DD') AS next FROM carers WHERE id = $1`,
        [registered.body.id],
      );
      expect(row).toEqual({ stage: 'identified', next: turns18On });
    });

    it("should show a parent carer their child's transitions at 14 and 18", async () => {
      const id = await carers.registered({
        kind: 'parent-carer',
        relationship: 'parent',
        dateOfBirth: '1982-05-05',
        childDateOfBirth: dateFromToday(60, -14),
      });
      const details = await carers.details(id).expect(200);
      expect(details.body.upcomingTransitions).toEqual(
        expect.arrayContaining([
          { kind: 'child-turning-14', dueOn: dateFromToday(60), remindOn: dateFromToday(-30) },
          { kind: 'child-turning-18', dueOn: dateFromToday(60, 4), remindOn: expect.any(String) },
        ]),
      );
    });

    it('should answer 400 naming each bad field, and the rules a registration breaks', async () => {
      const invalid = await carers
        .register({ kind: 'neighbourly', contact: { ...CARER_CONTACT, email: 'not-an-email' }, preferences: {} })
        .expect(400);
      expect(invalid.headers['content-type']).toContain('application/problem+json');
      expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
        'contact.email',
        'kind',
        'preferences.channel',
      ]);
      const grownUp = await carers
        .register({ kind: 'young-carer', dateOfBirth: dateFromToday(-1, -18), identifiedOn: dateFromToday(0) })
        .expect(400);
      expect(grownUp.body.errors).toEqual([
        { field: 'dateOfBirth', reason: 'a young carer is under 18; record an adult carer instead' },
      ]);
      const noChild = await carers.register({ kind: 'parent-carer' }).expect(400);
      expect(noChild.body.errors[0].field).toBe('childDateOfBirth');
    });

    it("should refuse a carer given to another site's team or born more than 125 years ago", async () => {
      const elsewhere = await carers.register({ teamId: staff.otherSite.teamId }).expect(400);
      expect(elsewhere.body.errors).toEqual([
        { field: 'teamId', reason: 'is not a team of your site (team-a1, team-a2)' },
      ]);
      const tooOld = await carers.register({ dateOfBirth: '1850-01-01' }).expect(400);
      expect(tooOld.body.errors).toEqual([{ field: 'dateOfBirth', reason: 'must not be more than 125 years ago' }]);
      const colleagues = await carers.register({ teamId: staff.colleague.teamId }).expect(201);
      expect(colleagues.body.teamId).toBe('team-a2');
    });

    it('should answer a registration retried with the same Idempotency-Key with the first carer', async () => {
      const first = await carers.register({}, 'carer-registration-1').expect(201);
      const again = await carers.register({}, 'carer-registration-1').expect(201);
      expect(again.body).toEqual(first.body);
      const [{ count }] = await dataSource.query(
        `SELECT count(*)::int AS count FROM carers WHERE registration_request_id = $1`,
        ['carer-registration-1'],
      );
      expect(count).toBe(1);
    });
  });

  describe('POST /carers/:id/participants', () => {
    it('should link a carer to two people, harmlessly twice, and list the carer for each person', async () => {
      const carerId = await carers.registered();
      const [mother, father] = await Promise.all([journeys.refer(), journeys.refer()]);
      await carers.link(carerId, mother, 'child').expect(201);
      await carers.link(carerId, father, 'child').expect(201);
      const again = await carers.link(carerId, mother, 'child').expect(200);
      expect(again.body.caresFor.map((link: { participantId: string }) => link.participantId).sort()).toEqual(
        [mother, father].sort(),
      );

      const secondCarer = await carers.registered({ relationship: 'friend' });
      await carers.link(secondCarer, mother, 'friend').expect(201);
      const motherCarers = await stack.http
        .get(`/api/v1/participants/${mother}/carers`)
        .set(auth(staff.coordinator))
        .expect(200);
      expect(motherCarers.body.items).toEqual([
        expect.objectContaining({ id: carerId, relationship: 'child', kind: 'adult-carer', name: CARER_CONTACT.name }),
        expect.objectContaining({ id: secondCarer, relationship: 'friend', stage: 'identified' }),
      ]);
      const fatherCarers = await stack.http
        .get(`/api/v1/participants/${father}/carers`)
        .set(auth(staff.coordinator))
        .expect(200);
      expect(fatherCarers.body.items.map((carer: { id: string }) => carer.id)).toEqual([carerId]);
      expect((await carers.details(carerId).expect(200)).body.caresFor).toHaveLength(2);
    });

    it('should correct the relationship when a carer is linked again, and know a grandchild caring for a grandparent', async () => {
      const carerId = await carers.registered({ relationship: 'grandchild' });
      const grandmother = await journeys.refer();
      await carers.link(carerId, grandmother, 'other-relative').expect(201);
      const corrected = await carers.link(carerId, grandmother, 'grandchild').expect(200);
      expect(corrected.body.caresFor).toEqual([
        expect.objectContaining({ participantId: grandmother, relationship: 'grandchild' }),
      ]);
      const listed = await stack.http
        .get(`/api/v1/participants/${grandmother}/carers`)
        .set(auth(staff.coordinator))
        .expect(200);
      expect(listed.body.items).toEqual([expect.objectContaining({ id: carerId, relationship: 'grandchild' })]);
      expect((await carers.details(carerId).expect(200)).body).toMatchObject({
        relationship: 'grandchild',
        caresFor: [expect.objectContaining({ participantId: grandmother, relationship: 'grandchild' })],
      });
    });

    it('should answer 404 for a person or a carer at another site, and 400 for a bad body', async () => {
      const carerId = await carers.registered();
      const elsewhere = await new JourneyClient(stack.http, staff.otherSite).refer();
      const refused = await carers.link(carerId, elsewhere).expect(404);
      expect(refused.body.title).toBe('Participant not found');
      const otherCarer = await new CarerClient(stack.http, staff.otherSite).registered();
      await carers.link(otherCarer, await journeys.refer()).expect(404);
      const bad = await carers.link(carerId, 'not-a-uuid', 'cousin-twice-removed').expect(400);
      expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
        'participantId',
        'relationship',
      ]);
    });
  });

  describe('carer steps', () => {
    it('should walk a carer from an assessment to a support plan, a budget, a review and a school move, recording each', async () => {
      const carerId = await carers.registered({ kind: 'young-carer', dateOfBirth: dateFromToday(300, -17) });
      const expectations: [Parameters<CarerClient['step']>[1], string, string[]][] = [
        ['assessment-offer', 'assessment-offered', ['assessment-offer', 'assessment', 'school-move', 'closure']],
        ['assessment', 'assessed', ['assessment-offer', 'support-plan', 'school-move', 'closure']],
        [
          'support-plan',
          'support-planned',
          ['assessment-offer', 'support-plan', 'carer-budget', 'review', 'school-move', 'closure'],
        ],
        ['budget', 'support-planned', expect.any(Array) as unknown as string[]],
        ['school-moves', 'support-planned', expect.any(Array) as unknown as string[]],
        ['reviews', 'support-planned', expect.any(Array) as unknown as string[]],
      ];
      for (const [path, stage, allowedSteps] of expectations) {
        const response = await carers.step(carerId, path).expect(200);
        expect(response.body).toMatchObject({ stage, allowedSteps });
      }

      const details = await carers.details(carerId).expect(200);
      expect(details.body).toMatchObject({
        stage: 'support-planned',
        assessment: { outcome: 'completed', eligibleNeeds: true, caringChoice: 'willing-to-give-less' },
        supportPlan: { version: 1, totalAnnualCostPence: 55_050, outcomes: ['A regular break from caring'] },
        budget: { version: 1, amountPence: 60_000, capPence: 100_000 },
        reviewCount: 1,
        lastReview: { outcome: 'continued', caringChoice: 'willing-to-continue' },
        schoolMoves: [{ movesOn: dateFromToday(150), ehcPlanTransfer: 'none' }],
      });
      expect(details.body.supportPlan.supportItems[0]).toMatchObject({
        provider: 'Crossroads Care',
        annualCostPence: 52_000,
      });
      expect(details.body.upcomingTransitions[0]).toEqual({
        kind: 'school-move',
        dueOn: dateFromToday(150),
        remindOn: dateFromToday(60),
      });

      const timeline = await carers.timeline(carerId);
      expect(timeline.map((entry) => entry.step)).toEqual([
        'registration',
        'assessment-offer',
        'assessment',
        'support-plan',
        'carer-budget',
        'school-move',
        'review',
      ]);
      expect(timeline[4].details).toMatchObject({ amountPence: 60_000, purpose: 'Short breaks and a gym membership' });
      const [row] = await dataSource.query(
        `SELECT stage, sequence, to_char(next_transition_on, 'YYYY-MM-DD') AS next FROM carers WHERE id = $1`,
        [carerId],
      );
      expect(row).toEqual({ stage: 'support-planned', sequence: 6, next: dateFromToday(150) });
    });

    it('should respect a declined assessment, record its reason, and allow it to be offered again', async () => {
      const carerId = await carers.walk(['assessment-offer']);
      const declined = await carers
        .step(carerId, 'assessment', {
          outcome: 'declined',
          eligibleNeeds: undefined,
          caringChoice: undefined,
          declineReason: 'Not now',
        })
        .expect(200);
      expect(declined.body).toMatchObject({
        stage: 'assessment-declined',
        allowedSteps: ['assessment-offer', 'closure'],
      });
      const noReason = await carers
        .step(carerId, 'assessment', { outcome: 'declined', eligibleNeeds: undefined, caringChoice: undefined })
        .expect(400);
      expect(noReason.body.errors[0].field).toBe('declineReason');
      await carers.step(carerId, 'assessment-offer', { effectiveDate: dateFromToday(-14) }).expect(200);
      expect((await carers.timeline(carerId))[2].details).toMatchObject({
        outcome: 'declined',
        declineReason: 'Not now',
      });
    });

    it('should refuse with 409 every step the stage does not allow, naming the stage and the allowed steps', async () => {
      const carerId = await carers.registered();
      for (const path of ['assessment', 'support-plan', 'budget', 'reviews', 'school-moves'] as const) {
        const response = await carers.step(carerId, path).expect(409);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.body).toMatchObject({
          type: expect.stringContaining('illegal-step'),
          stage: 'identified',
          allowedSteps: ['assessment-offer', 'closure'],
        });
      }
      expect(await carers.timeline(carerId)).toHaveLength(1);
      const [{ count }] = await dataSource.query(
        `SELECT count(*)::int AS count FROM carer_step_narratives WHERE carer_id = $1`,
        [carerId],
      );
      expect(count).toBe(0);

      await carers.step(carerId, 'closure').expect(200);
      const closed = await carers.step(carerId, 'assessment-offer', { effectiveDate: dateFromToday(0) }).expect(409);
      expect(closed.body).toMatchObject({ stage: 'closed', allowedSteps: [] });
      expect((await carers.details(carerId).expect(200)).body).toMatchObject({
        closure: { reason: 'no-longer-caring' },
        upcomingTransitions: [],
      });
    });

    it('should answer 400 for a budget above the cap, a reduction without a reason, and bad fields', async () => {
      const carerId = await carers.walk(TO_SUPPORT_PLAN);
      const overCap = await carers.step(carerId, 'budget', { amountPence: 100_001 }).expect(400);
      expect(overCap.body.errors).toEqual([
        { field: 'amountPence', reason: 'must not exceed the carer budget cap of 100000 pence' },
      ]);
      await carers.step(carerId, 'budget').expect(200);
      const reduced = await carers.step(carerId, 'budget', { amountPence: 40_000 }).expect(400);
      expect(reduced.body.errors[0].field).toBe('reason');
      await carers.step(carerId, 'budget', { amountPence: 40_000, reason: 'Fewer breaks needed' }).expect(200);
      const bad = await carers
        .step(carerId, 'support-plan', {
          supportItems: [{ description: 'x', annualCostPence: 1.5 }],
          coordinatorId: '',
        })
        .expect(400);
      expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
        'coordinatorId',
        'supportItems[0].annualCostPence',
      ]);
      const early = await carers.step(carerId, 'reviews', { effectiveDate: dateFromToday(-60) }).expect(400);
      expect(early.body.errors[0].field).toBe('effectiveDate');
      const assessedWithoutNeeds = await carers
        .step(await carers.walk(['assessment-offer']), 'assessment', { eligibleNeeds: undefined })
        .expect(400);
      expect(assessedWithoutNeeds.body.errors[0].field).toBe('eligibleNeeds');
    });

    it('should apply a step retried with the same Idempotency-Key once, answering the first answer', async () => {
      const carerId = await carers.walk(['assessment-offer']);
      const first = await carers.step(carerId, 'assessment', {}, 'assessment-1').expect(200);
      const again = await carers.step(carerId, 'assessment', {}, 'assessment-1').expect(200);
      expect(again.body).toEqual(first.body);
      const concurrent = await Promise.all([1, 2, 3].map(() => carers.step(carerId, 'support-plan', {}, 'plan-1')));
      expect(concurrent.map((response) => response.status)).toEqual([200, 200, 200]);
      const steps = (await carers.timeline(carerId)).map((entry) => entry.step);
      expect(steps).toEqual(['registration', 'assessment-offer', 'assessment', 'support-plan']);
      const reused = await carers.step(carerId, 'budget', {}, 'plan-1').expect(422);
      expect(reused.body.type).toContain('idempotency-key-reused');
    });

    it('should refuse a school move for an adult carer (409) and a duplicate move (400)', async () => {
      const adult = await carers.registered();
      const refused = await carers.step(adult, 'school-moves').expect(409);
      expect(refused.body.allowedSteps).not.toContain('school-move');
      const parent = await carers.registered({
        kind: 'parent-carer',
        relationship: 'parent',
        childDateOfBirth: dateFromToday(0, -10),
      });
      const move = await carers
        .step(parent, 'school-moves', { movesOn: dateFromToday(300), ehcPlanTransfer: 'between-phases' })
        .expect(200);
      expect(move.body.schoolMoves).toEqual([
        expect.objectContaining({ movesOn: dateFromToday(300), ehcPlanTransfer: 'between-phases' }),
      ]);
      const duplicate = await carers.step(parent, 'school-moves', { movesOn: dateFromToday(300) }).expect(400);
      expect(duplicate.body.errors[0]).toEqual({
        field: 'movesOn',
        reason: 'a school move on this date is already recorded',
      });
    });
  });

  describe('access', () => {
    it("should answer 404 for another site's carer, 403 for a programme lead and for staff outside the carer's team", async () => {
      const carerId = await carers.registered();
      const other = new CarerClient(stack.http, staff.otherSite);
      await other.details(carerId).expect(404);
      await other.step(carerId, 'assessment-offer').expect(404);
      await stack.http.get(`/api/v1/carers/${carerId}/timeline`).set(auth(staff.otherSite)).expect(404);
      await other.details('not-a-uuid').expect(404);
      const participantId = await journeys.refer();
      await stack.http.get(`/api/v1/participants/${participantId}/carers`).set(auth(staff.otherSite)).expect(404);
      await new CarerClient(stack.http, staff.programmeLead).details(carerId).expect(403);
      const administrator = new CarerClient(stack.http, staff.administrator);
      const refused = await administrator.details(carerId).expect(403);
      expect(refused.body.type).toContain('no-care-relationship');
      await stack.http
        .post(`/api/v1/carers/${carerId}/access-reasons`)
        .set(auth(staff.administrator))
        .send({ reason: 'checking the carer record after a complaint' })
        .expect(201);
      await administrator.details(carerId).expect(200);
    });
  });

  describe('personal data', () => {
    it("should keep names, contact details, dates of birth and free text out of the carer's workflow history", async () => {
      const dateOfBirth = '1979-10-03';
      const childDateOfBirth = dateFromToday(45, -13);
      const carerId = await carers.registered({
        kind: 'parent-carer',
        relationship: 'parent',
        dateOfBirth,
        childDateOfBirth,
      });
      for (const path of [...TO_SUPPORT_PLAN, 'budget', 'school-moves', 'reviews'] as const) {
        await carers.step(carerId, path).expect(200);
      }
      await carers.link(carerId, await journeys.refer()).expect(201);

      const { count, stored, plainText, encodings } = await historyPayloads(
        stack.api.get(Client),
        carerWorkflowId(carerId),
      );
      expect(count).toBeGreaterThan(10);

      const personal = [
        dateOfBirth,
        childDateOfBirth,
        CARER_CONTACT.name,
        CARER_CONTACT.email,
        CARER_CONTACT.phone,
        CARER_CONTACT.postalAddress.postcode,
        'Evenings after 6pm',
        carerStepBodies.assessment().notes,
        'Sitting service one evening a week',
        'Crossroads Care',
        'Short breaks and a gym membership',
        'Thornton Grammar',
      ];
      expect(plainText).toContain(carerId);
      // The child's 14th birthday is there: a date derived for the timer, not the date of birth.
      expect(plainText).toContain(ageReachedOn(childDateOfBirth, 14));
      for (const value of personal) expect(plainText).not.toContain(value);
      expect(stored).not.toContain(carerId);
      expect(encodings).toEqual(['binary/encrypted']);
    });
  });
});
