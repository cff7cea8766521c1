import { londonDate } from '@ipc/domain';
import { DataSource } from 'typeorm';
import { dateFromToday } from '../factories/carer.factory';
import { eventually } from '../support/eventually';
import { JourneyClient, TO_AGREEMENT, TO_PLANNING } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = { Authorization: `Bearer ${staff.coordinator.token}` };
const today = () => londonDate(new Date());

describe('Corrections, reopening, follow-ups and carers from the conversation through the API', () => {
  let stack: TestStack;
  let journeys: JourneyClient;
  let dataSource: DataSource;

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http);
    dataSource = stack.api.get(DataSource);
  });

  afterAll(() => stack.close());

  const post = (path: string, body: object) => stack.http.post(`/api/v1/participants/${path}`).set(auth).send(body);
  const amend = (id: string, sequence: number, body: object) => post(`${id}/timeline/${sequence}/amendments`, body);
  const enterInError = (id: string, sequence: number) =>
    post(`${id}/timeline/${sequence}/entered-in-error`, { reason: 'Recorded against the wrong person' });
  const entry = async (id: string, sequence: number) =>
    (await journeys.timeline(id)).find((found) => found.sequence === sequence) as Record<string, unknown>;

  describe('POST /participants/:id/timeline/:entryId/amendments', () => {
    it('should show an amended narrative with the original beside it', async () => {
      const id = await journeys.walk(TO_PLANNING);
      const response = await amend(id, 3, {
        reason: 'Misheard at the visit',
        narrative: { whatMatters: 'Getting to the allotment three times a week' },
      }).expect(200);

      expect(response.body).toMatchObject({
        sequence: 3,
        amended: true,
        details: { whatMatters: 'Getting to the allotment three times a week', outcome: 'care-planning' },
        original: { details: { whatMatters: expect.stringContaining('twice a week') } },
        amendments: [
          {
            field: 'narrative',
            original: { whatMatters: expect.stringContaining('twice a week') },
            amended: { whatMatters: 'Getting to the allotment three times a week' },
            reason: 'Misheard at the visit',
            amendedBy: 'coordinator-a',
          },
        ],
      });
      expect(await entry(id, 3)).toMatchObject({
        amended: true,
        details: { whatMatters: expect.stringContaining('three') },
      });
    });

    it('should move an effective date, the stage dates and the stays that follow it', async () => {
      const id = await journeys.walk(TO_PLANNING);
      await amend(id, 3, { reason: 'Held the day before', effectiveDate: '2026-09-16' }).expect(200);

      expect(await entry(id, 3)).toMatchObject({
        effectiveDate: '2026-09-16',
        original: { effectiveDate: '2026-09-17' },
        amendments: [{ field: 'effective-date', original: '2026-09-17', amended: '2026-09-16' }],
      });
      const details = await journeys.details(id).expect(200);
      expect(details.body.keyDates).toMatchObject({ activation: '2026-09-16', planning: '2026-09-24' });
      const stays = await dataSource.query(
        `SELECT entered_sequence, to_char(entered_on, 'YYYY-MM-DD') AS entered_on, to_char(left_on, 'YYYY-MM-DD') AS left_on
           FROM stage_stays WHERE participant_id = $1 ORDER BY entered_sequence`,
        [id],
      );
      expect(stays).toEqual(
        expect.arrayContaining([
          { entered_sequence: 2, entered_on: '2026-09-10', left_on: '2026-09-16' },
          { entered_sequence: 3, entered_on: '2026-09-16', left_on: '2026-09-24' },
        ]),
      );
      // The amendment is a step of its own in the timeline, and the original entry is unchanged in the record.
      expect((await journeys.timeline(id)).map((found) => found.step).at(-1)).toBe('amendment');
      const [recorded] = await dataSource.query(
        `SELECT to_char(effective_on, 'YYYY-MM-DD') AS effective_on FROM journey_steps WHERE participant_id = $1 AND sequence = 3`,
        [id],
      );
      expect(recorded.effective_on).toBe('2026-09-17');
    });

    it('should keep an amended date in order among the steps, naming the field', async () => {
      const id = await journeys.walk(TO_PLANNING);
      const tooLate = await amend(id, 3, { reason: 'x', effectiveDate: '2026-09-25' }).expect(400);
      expect(tooLate.body.errors).toEqual([
        { field: 'effectiveDate', reason: 'must not be after the next step (2026-09-24)' },
      ]);
      const tooEarly = await amend(id, 3, { reason: 'x', effectiveDate: '2026-09-09' }).expect(400);
      expect(tooEarly.body.errors[0]).toMatchObject({ field: 'effectiveDate' });
      const future = await amend(id, 4, { reason: 'x', effectiveDate: dateFromToday(1) }).expect(400);
      expect(future.body.errors[0]).toMatchObject({ field: 'effectiveDate' });
      expect(await entry(id, 3)).toMatchObject({ amended: false, effectiveDate: '2026-09-17' });
    });

    it('should refuse bad input naming the field', async () => {
      const id = await journeys.walk(TO_PLANNING);
      const decision = await amend(id, 3, { reason: 'x', narrative: { outcome: 'community-connecting' } }).expect(400);
      expect(decision.body.errors).toEqual([{ field: 'narrative.outcome', reason: expect.any(String) }]);
      const noReason = await amend(id, 3, { narrative: { whatMatters: 'y' } }).expect(400);
      expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      const nothing = await amend(id, 3, { reason: 'x' }).expect(400);
      expect(nothing.body.errors).toEqual([expect.objectContaining({ field: 'narrative' })]);
      await amend(id, 99, { reason: 'x', narrative: {} }).expect(404);
      await amend(id, 0, { reason: 'x', effectiveDate: '2026-09-01' }).expect(409);
    });
  });

  describe('POST /participants/:id/timeline/:entryId/entered-in-error', () => {
    it('should step the journey back from the last step and keep it in the timeline, marked', async () => {
      const id = await journeys.walk(TO_PLANNING);
      const response = await enterInError(id, 4).expect(200);
      expect(response.body).toMatchObject({ stage: 'activation', allowedSteps: ['activation', 'closure'] });

      expect(await entry(id, 4)).toMatchObject({
        step: 'activation',
        enteredInError: { bySequence: 5, reason: 'Recorded against the wrong person' },
      });
      const details = await journeys.details(id).expect(200);
      expect(details.body).toMatchObject({ stage: 'activation' });
      expect(details.body.keyDates).not.toHaveProperty('planning');
      await journeys.step(id, 'activation', { effectiveDate: '2026-09-25' }).expect(200);
    });

    it('should refuse what the journey cannot step back, with the reason', async () => {
      const id = await journeys.walk(TO_AGREEMENT);
      const agreed = await enterInError(id, 6).expect(409);
      expect(agreed.body).toMatchObject({ type: expect.stringContaining('correction-refused') });
      expect(agreed.body.detail).toContain('agreed the plan');
      const earlier = await enterInError(id, 4).expect(409);
      expect(earlier.body.detail).toContain('only the last step');
      expect((await journeys.details(id).expect(200)).body.stage).toBe('plan-agreed');
    });
  });

  describe('POST /participants/:id/reopen', () => {
    it('should reopen a journey closed in error at the stage it was closed from', async () => {
      const id = await journeys.walk(['identification', 'offer']);
      await journeys.step(id, 'closure', { effectiveDate: today() }).expect(200);
      const response = await post(`${id}/reopen`, { reason: 'Closed the wrong person' }).expect(200);
      expect(response.body).toMatchObject({ stage: 'offered', closure: null });

      const details = await journeys.details(id).expect(200);
      expect(details.body).toMatchObject({
        stage: 'offered',
        closedOn: null,
        allowedSteps: ['offer', 'guided-conversation', 'closure'],
      });
      expect((await journeys.timeline(id)).map((found) => found.step).slice(-2)).toEqual(['closure', 'reopen']);
      await journeys.step(id, 'guidedConversation', { effectiveDate: today() }).expect(200);
    });

    it('should refuse a reopening after the configured days, and of a journey not closed', async () => {
      const id = await journeys.walk(['identification', 'offer', 'closure']);
      const late = await post(`${id}/reopen`, { reason: 'Too late' }).expect(409);
      expect(late.body.detail).toContain('within 30 days of its closure (closed on 2026-10-09)');
      const open = await journeys.walk(['identification']);
      await post(`${open}/reopen`, { reason: 'Not closed' }).expect(409);
      await post(`${open}/reopen`, {}).expect(400);
    });
  });

  describe('POST /participants/:id/follow-up', () => {
    /** A person met through community connecting long enough ago that their follow-up is due. */
    async function connected() {
      const id = await journeys.refer({ referredOn: '2026-06-01' });
      await journeys.step(id, 'identification', { effectiveDate: '2026-06-02' }).expect(200);
      await journeys.step(id, 'offer', { effectiveDate: '2026-06-03' }).expect(200);
      const conversation = await journeys
        .step(id, 'guidedConversation', { outcome: 'community-connecting', effectiveDate: '2026-06-04' })
        .expect(200);
      expect(conversation.body).toMatchObject({ stage: 'community-follow-up', followUp: { dueOn: '2026-09-02' } });
      return id;
    }

    it('should remind the connector when the follow-up is due and keep the date for the worklist', async () => {
      const id = await connected();
      expect((await journeys.details(id).expect(200)).body).toMatchObject({ followUpDueOn: '2026-09-02' });
      const reminders = await eventually(
        async () =>
          (await stack.http.get(`/api/v1/participants/${id}/reminders`).set(auth).expect(200)).body.items as object[],
        (items) => items.length > 0,
      );
      expect(reminders).toEqual([
        expect.objectContaining({ purpose: 'follow-up-due', recipientType: 'coordinator', recipientId: 'connector-7' }),
      ]);
    });

    it('should set the next date when the person is still fine, then move to planning when they need it', async () => {
      const id = await connected();
      const fine = await post(`${id}/follow-up`, { outcome: 'still-fine', note: 'Enjoying the group' }).expect(200);
      const next = dateFromToday(90);
      expect(fine.body).toMatchObject({ stage: 'community-follow-up', followUp: { dueOn: next } });
      await eventually(
        async () => (await journeys.details(id).expect(200)).body,
        (body) => body.followUpDueOn === next,
      );
      const planning = await post(`${id}/follow-up`, { outcome: 'needs-planning' }).expect(200);
      expect(planning.body).toMatchObject({ stage: 'activation', followUp: null });
      expect((await journeys.details(id).expect(200)).body).toMatchObject({ stage: 'activation', followUpDueOn: null });
    });

    it('should close when nothing more is needed, and refuse bad input naming the field', async () => {
      const id = await connected();
      const bad = await post(`${id}/follow-up`, { outcome: 'fine' }).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'outcome' })]);
      const closed = await post(`${id}/follow-up`, { outcome: 'closed' }).expect(200);
      expect(closed.body).toMatchObject({ stage: 'closed', closure: { reason: 'needs-met' } });
      const elsewhere = await journeys.walk(TO_PLANNING);
      await post(`${elsewhere}/follow-up`, { outcome: 'still-fine' }).expect(409);
    });
  });

  describe('POST /participants/:id/carers', () => {
    const named = {
      carerIndex: 0,
      kind: 'adult-carer',
      dateOfBirth: '1975-04-02',
      relationship: 'child',
      contact: { email: 'ann@example.com' },
      preferences: { channel: 'email' },
    };

    it('should turn a carer named in the conversation into a carer record linked to the person, once', async () => {
      const id = await journeys.walk(['identification', 'offer', 'guidedConversation']);
      const created = await post(`${id}/carers`, { carers: [named] }).expect(201);
      expect(created.body).toMatchObject({
        participantId: id,
        carers: [{ carerIndex: 0, linked: true, kind: 'adult-carer', identifiedOn: '2026-09-17' }],
      });
      const again = await post(`${id}/carers`, { carers: [named] }).expect(201);
      expect(again.body.carers[0]).toMatchObject({ id: created.body.carers[0].id, linked: false });

      const carers = await stack.http.get(`/api/v1/participants/${id}/carers`).set(auth).expect(200);
      expect(carers.body).toMatchObject({ total: 1, items: [{ name: 'Ann Example', relationship: 'child' }] });
    });

    it('should refuse bad input naming the field', async () => {
      const id = await journeys.walk(['identification', 'offer', 'guidedConversation']);
      const unknown = await post(`${id}/carers`, { carers: [{ ...named, carerIndex: 3 }] }).expect(400);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'carers[0].carerIndex' })]);
      const noEmail = await post(`${id}/carers`, { carers: [{ ...named, contact: {} }] }).expect(400);
      expect(noEmail.body.errors).toEqual([expect.objectContaining({ field: 'carers[0].contact.email' })]);
      await post(`${id}/carers`, { carers: [] }).expect(400);
      const early = await journeys.walk(['identification']);
      await post(`${early}/carers`, { carers: [named] }).expect(409);
    });
  });
});
