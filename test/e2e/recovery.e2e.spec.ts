import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { carerWorkflowId, journeyWorkflowId } from '@ipc/temporal';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { budgetBody } from '../factories/budget.factory';
import { dateFromToday } from '../factories/carer.factory';
import { referralBody } from '../factories/referral.factory';
import { auth, CarerClient, TO_SUPPORT_PLAN } from '../support/carer-client';
import { JourneyClient, TO_AGREEMENT, TO_PLANNING } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';
import { allocateResources } from '../support/site-setup';

const RECOVER_MAIN = resolve(__dirname, '../../dist/apps/api/src/recovery/recover.main.js');
const NEEDS_RECOVERY = 'https://ipc-pathway.nhs.example/problems/case-needs-recovery';
const attendees = [{ role: 'participant' }, { role: 'care-coordinator' }];

/** What must come back unchanged: where the case is and what it may do next. */
const position = (body: Record<string, unknown>) => ({
  stage: body.stage,
  allowedSteps: body.allowedSteps,
  budget: body.budget,
  upcomingTransitions: body.upcomingTransitions,
  assessment: body.assessment,
  supportPlan: body.supportPlan,
});

describe('Recovery of journeys and carers whose workflow is gone', () => {
  let stack: TestStack;
  let journeys: JourneyClient;
  let carers: CarerClient;
  let dataSource: DataSource;
  let client: Client;

  /** Every row the case has in the record: nothing may be written twice by the rebuild. */
  const recordCounts = async (id: string) => {
    const [row] = await dataSource.query(
      `SELECT (SELECT count(*) FROM journey_steps WHERE participant_id = $1)::int AS "journeySteps",
              (SELECT count(*) FROM carer_steps WHERE carer_id = $1)::int AS "carerSteps",
              (SELECT count(*) FROM reminders WHERE participant_id = $1::text OR carer_id = $1::text)::int AS reminders,
              (SELECT count(*) FROM carer_transitions WHERE carer_id = $1)::int AS transitions,
              (SELECT count(*) FROM budget_statements WHERE participant_id = $1)::int AS statements,
              (SELECT count(*) FROM personal_budgets WHERE participant_id = $1)::int AS budgets`,
      [id],
    );
    return row as Record<string, number>;
  };

  /** The activities a workflow's current run has scheduled: none for a rebuild with nothing due. */
  const scheduledActivities = async (workflowId: string) => {
    const history = await client.workflow.getHandle(workflowId).fetchHistory();
    return (history.events ?? []).flatMap((event) =>
      event.activityTaskScheduledEventAttributes ? [event.activityTaskScheduledEventAttributes.activityType?.name] : [],
    );
  };

  const until = async (what: string, holds: () => Promise<boolean>, attempts = 100) => {
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (await holds()) return;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`timed out waiting until ${what}`);
  };
  const deleted = (workflowId: string) => async () => {
    try {
      await client.workflow.getHandle(workflowId).describe();
      return false;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return true;
      throw error;
    }
  };

  const recoveryList = async () =>
    (await stack.http.get('/api/v1/admin/recovery').set(auth(staff.administrator)).expect(200)).body.cases as {
      id: string;
      kind: string;
      workflow: string;
    }[];

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http);
    carers = new CarerClient(stack.http);
    dataSource = stack.api.get(DataSource);
    client = stack.api.get(Client);
    await allocateResources(stack.http);
  });

  afterAll(() => stack.close());

  it('should answer 503 until rebuilt, then bring each case back where it was, advancing, with nothing recorded twice', async () => {
    const post = (id: string, path: string, body: object) =>
      stack.http.post(`/api/v1/participants/${id}/${path}`).set(auth(staff.coordinator)).send(body);

    const nhsNumber = '943 476 5870';
    const referred = await journeys.refer({ nhsNumber });
    const planning = await journeys.refer();
    const activationKey = 'recovery-activation-1';
    for (const step of TO_PLANNING.slice(0, -1)) await journeys.step(planning, step).expect(200);
    await journeys.step(planning, 'activation', {}, activationKey).expect(200);
    // In delivery with a budget; the first review is due 2026-12-03, its reminders already asked for.
    const delivery = await journeys.walk(TO_AGREEMENT);
    await post(delivery, 'budget/indicative', {
      needBand: 'high',
      contributionPence: 120_000,
      effectiveDate: '2026-10-12',
    }).expect(200);
    await post(delivery, 'budget', budgetBody()).expect(200);
    // A young carer turning 18 within the notice period (noticed at once), the health check ahead.
    const carer = await carers.walk(TO_SUPPORT_PLAN, {
      kind: 'young-carer',
      dateOfBirth: dateFromToday(30, -18),
      relationship: 'child',
    });

    const cases = [
      { id: referred, kind: 'journey', workflowId: journeyWorkflowId(referred) },
      { id: planning, kind: 'journey', workflowId: journeyWorkflowId(planning) },
      { id: delivery, kind: 'journey', workflowId: journeyWorkflowId(delivery) },
      { id: carer, kind: 'carer', workflowId: carerWorkflowId(carer) },
    ];
    // The timers' own work, done on their own: the review reminder and the carer's 18th birthday noticed.
    await until('the review reminder is asked for', async () => (await recordCounts(delivery)).reminders > 0);
    await until('the transition is noticed', async () => (await recordCounts(carer)).transitions === 1);
    await until('its reminders are asked for', async () => (await recordCounts(carer)).reminders === 2);
    const detailsOf = (kind: string, id: string) => (kind === 'journey' ? journeys.details(id) : carers.details(id));
    const before = new Map<string, { position: object; counts: object }>();
    for (const { id, kind } of cases) {
      const details = await detailsOf(kind, id).expect(200);
      before.set(id, { position: position(details.body), counts: await recordCounts(id) });
    }
    const deliveryJourney = await client.workflow.getHandle(journeyWorkflowId(delivery)).query('journey');
    expect(deliveryJourney).toMatchObject({ stage: 'delivery', reviews: { nextDueOn: '2026-12-03' } });

    // The referral's workflow vanishes altogether (a fresh Temporal store; the server deletes in the
    // background), the others end abruptly.
    for (const { workflowId } of cases) await client.workflow.getHandle(workflowId).terminate('recovery test');
    await client.workflowService.deleteWorkflowExecution({
      namespace: stack.config.temporal.namespace,
      workflowExecution: { workflowId: journeyWorkflowId(referred) },
    });
    await until('the workflow is deleted', deleted(journeyWorkflowId(referred)), 600);

    const stuck = await journeys.step(referred, 'identification').expect(503);
    expect(stuck.body).toMatchObject({ type: NEEDS_RECOVERY, kind: 'journey', id: referred });
    expect(stuck.headers['content-type']).toContain('application/problem+json');
    await journeys.step(planning, 'closure').expect(503);
    await carers.step(carer, 'budget').expect(503);
    expect((await journeys.details(delivery).expect(503)).body.type).toBe(NEEDS_RECOVERY);
    expect((await carers.details(carer).expect(503)).body.type).toBe(NEEDS_RECOVERY);
    const again = await stack.http
      .post('/api/v1/participants')
      .set(auth(staff.coordinator))
      .send(referralBody({ nhsNumber }))
      .expect(503);
    expect(again.body).toMatchObject({ type: NEEDS_RECOVERY, id: referred });
    // A refused step leaves nothing behind.
    expect(await recordCounts(referred)).toEqual(before.get(referred)?.counts);

    await stack.http.get('/api/v1/admin/recovery').set(auth(staff.coordinator)).expect(403);
    expect(await recoveryList()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: referred, kind: 'journey', workflow: 'missing' }),
        expect.objectContaining({ id: planning, kind: 'journey', workflow: 'ended' }),
        expect.objectContaining({ id: delivery, kind: 'journey', workflow: 'ended' }),
        expect.objectContaining({ id: carer, kind: 'carer', workflow: 'ended' }),
      ]),
    );

    // The operator's command, with the environment the stack runs with.
    // Scoped to this test's site: other test files share the run's database and leave cases of their own.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [RECOVER_MAIN, '--site', staff.administrator.siteId],
      {
        env: process.env,
      },
    );
    const outcomes = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const { id, kind } of cases) {
      expect(outcomes).toContainEqual(expect.objectContaining({ id, kind, outcome: 'rebuilt' }));
    }
    const refusedHere = outcomes.filter((line) => line.outcome === 'refused' && cases.some(({ id }) => id === line.id));
    expect(refusedHere).toEqual([]);
    const left = (await recoveryList()).map((found) => found.id);
    for (const { id } of cases) expect(left).not.toContain(id);

    for (const { id, kind, workflowId } of cases) {
      const details = await detailsOf(kind, id).expect(200);
      expect(position(details.body)).toEqual(before.get(id)?.position);
      // Nothing was due: the rebuilt run asked for no reminder, statement or step record.
      expect(await scheduledActivities(workflowId)).toEqual([]);
      expect(await recordCounts(id)).toEqual(before.get(id)?.counts);
    }
    const rebuiltDelivery = await client.workflow.getHandle(journeyWorkflowId(delivery)).query('journey');
    expect(rebuiltDelivery).toEqual(deliveryJourney);

    // A retried request of a step from before the rebuild still gets its first answer, once.
    const retried = await journeys.step(planning, 'activation', {}, activationKey).expect(200);
    expect(retried.body.stage).toBe('planning');
    expect(await recordCounts(planning)).toEqual(before.get(planning)?.counts);

    // And each one advances.
    expect((await journeys.step(referred, 'identification').expect(200)).body.stage).toBe('identified');
    expect((await journeys.step(planning, 'carePlan').expect(200)).body.carePlan.version).toBe(1);
    const review = await post(delivery, 'reviews', { outcome: 'continue', attendees, effectiveDate: '2026-11-30' });
    expect(review.status).toBe(200);
    expect(review.body).toMatchObject({ stage: 'delivery', reviews: { lastReviewOn: '2026-11-30' } });
    expect((await carers.step(carer, 'budget').expect(200)).body.budget.amountPence).toBe(60_000);

    // Nothing left to rebuild, and a second run changes nothing.
    const second = await stack.http.post('/api/v1/admin/recovery').set(auth(staff.administrator)).expect(200);
    expect(second.body.cases.map((found: { id: string }) => found.id)).not.toContain(delivery);
  });
});
