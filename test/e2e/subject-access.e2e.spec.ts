import { randomUUID } from 'node:crypto';
import { RemindersRepository } from '@ipc/persistence';
import { budgetBody } from '../factories/budget.factory';
import { reminderRequest } from '../factories/reminder.factory';
import { CarerClient } from '../support/carer-client';
import { JourneyClient, TO_AGREEMENT } from '../support/journey-client';
import { pdfText } from '../support/pdf-text';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';
import { allocateResources } from '../support/site-setup';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });
const attendees = [{ role: 'participant' }, { role: 'care-coordinator' }];

describe('The subject access export', () => {
  let stack: TestStack;
  let journeys: JourneyClient;

  const post = (participantId: string, path: string, body: object) =>
    stack.http.post(`/api/v1/participants/${participantId}/${path}`).set(auth(staff.coordinator)).send(body);
  const subjectAccess = (participantId: string, member: { token: string } = staff.igLead) =>
    stack.http.get(`/api/v1/participants/${participantId}/subject-access`).set(auth(member));

  /** A person walked through the whole journey: a plan, an ISR, a budget in delivery, spend, a review, contacts, a carer, a reminder. */
  async function personInDelivery(): Promise<string> {
    const id = await journeys.walk(TO_AGREEMENT);
    await post(id, 'budget/indicative', {
      needBand: 'high',
      contributionPence: 120_000,
      effectiveDate: '2026-10-12',
    }).expect(200);
    await post(id, 'budget', budgetBody()).expect(200);
    const details = await journeys.details(id).expect(200);
    const [item] = details.body.carePlan.supportItems as { itemId: string }[];
    await post(id, 'spend', {
      planItemId: item.itemId,
      amountPence: 12_500,
      spentOn: '2026-11-02',
      source: 'provider-invoice',
      kind: 'spend',
      description: 'Invoice 4471, October',
    }).expect(201);
    await post(id, 'reviews', { outcome: 'continue', attendees, effectiveDate: '2026-11-22' }).expect(200);
    await stack.http
      .put(`/api/v1/participants/${id}/contact-preferences`)
      .set(auth(staff.coordinator))
      .send({ channel: 'email', format: 'standard', language: 'en', email: 'pat.example@example.com' })
      .expect(200);
    const carers = new CarerClient(stack.http);
    await carers.link(await carers.registered(), id).expect(201);
    await stack.api
      .get(RemindersRepository)
      .insertOrFind(reminderRequest({ recipientId: id, participantId: id }), `sar-test-${randomUUID()}`);
    return id;
  }

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http);
    await allocateResources(stack.http);
  });

  afterAll(() => stack.close());

  it('should hold everything recorded on a person walked through the whole journey, as JSON', async () => {
    const id = await personInDelivery();

    const held = (await subjectAccess(id).expect(200)).body;

    expect(held).toMatchObject({ participantId: id, generatedBy: 'ig-lead-a' });
    expect(held.record).toMatchObject({
      id,
      stage: 'delivery',
      carePlan: { version: 1 },
      budget: { totalPence: 968_050 },
      indicativeBudget: { indicativeTotalPence: 968_050 },
    });
    expect(held.demographics).toMatchObject({ participantId: id });
    expect(held.contactPreferences).toMatchObject({ channel: 'email', email: 'pat.example@example.com' });
    expect(held.timeline.map((step: { step: string }) => step.step)).toEqual([
      'referral',
      'identification',
      'offer',
      'guided-conversation',
      'activation',
      'care-plan',
      'care-plan-agreement',
      'indicative-budget',
      'budget',
      'review',
    ]);
    expect(held.reviews).toEqual([expect.objectContaining({ step: 'review', effectiveDate: '2026-11-22' })]);
    expect(held.statements).toEqual([
      expect.objectContaining({ kind: 'indicative', content: expect.objectContaining({ participantId: id }) }),
    ]);
    expect(held.spend.records).toEqual([
      expect.objectContaining({ amountPence: 12_500, description: 'Invoice 4471, October' }),
    ]);
    expect(held.spend.totals.totalPence).toBe(12_500);
    expect(held.reminders).toEqual(
      expect.arrayContaining([expect.objectContaining({ purpose: 'review-due', participantId: id })]),
    );
    expect(held.carers).toEqual([expect.objectContaining({ relationship: 'spouse-or-partner' })]);
    // Everything done with the record, newest first; the export is audited once it is answered.
    expect(held.accessLog[0]).toMatchObject({ staffId: 'coordinator-a', part: 'contact-preferences', method: 'PUT' });
    expect(held.accessLog.at(-1)).toMatchObject({ staffId: 'coordinator-a', part: 'referral', status: 201 });
    expect(held.accessLog.map((entry: { part: string }) => entry.part)).toEqual(
      expect.arrayContaining(['budget', 'spend', 'reviews', 'contact-preferences', 'details']),
    );
    const log = await stack.http.get(`/api/v1/participants/${id}/access-log`).set(auth(staff.igLead)).expect(200);
    expect(log.body.items[0]).toMatchObject({ staffId: 'ig-lead-a', part: 'subject-access', status: 200 });
  });

  it('should give the same as one PDF, with Accept or ?format=pdf', async () => {
    const id = await personInDelivery();
    const asPdf = (request: ReturnType<typeof subjectAccess>) =>
      request.buffer(true).parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

    const byAccept = await asPdf(subjectAccess(id).set('Accept', 'application/pdf')).expect(200);
    const byFormat = await asPdf(
      stack.http.get(`/api/v1/participants/${id}/subject-access?format=pdf`).set(auth(staff.igLead)),
    ).expect(200);

    expect(byAccept.headers['content-type']).toContain('application/pdf');
    expect(byFormat.headers['content-disposition']).toContain(`subject-access-${id}.pdf`);
    const text = (await pdfText(byFormat.body as Buffer)).replace(/\s+/g, ' ');
    for (const expected of [
      'Information we hold about you',
      id,
      'Your journey, step by step',
      'Invoice 4471, October',
      'pat.example@example.com',
      'Who has looked at or changed your record',
      'coordinator-a',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('should be for the IG lead only, at their site, and refuse an unknown format', async () => {
    const id = await journeys.refer();
    await subjectAccess(id, staff.coordinator).expect(403);
    await subjectAccess(id, staff.administrator).expect(403);
    await subjectAccess(randomUUID()).expect(404);
    const refused = await stack.http
      .get(`/api/v1/participants/${id}/subject-access?format=docx`)
      .set(auth(staff.igLead))
      .expect(400);
    expect(refused.body.errors[0].field).toBe('format');
    const held = (await subjectAccess(id).expect(200)).body;
    expect(held).toMatchObject({ contactPreferences: null, statements: [], spend: { records: [] }, carers: [] });
  });
});
