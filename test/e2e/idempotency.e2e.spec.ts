import { randomUUID } from 'node:crypto';
import { ParticipantEntity, SpendRecordEntity } from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { referralBody } from '../factories/referral.factory';
import { JourneyClient, TO_AGREEMENT } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });

/**
 * POSTs that are not a client's writes: GOV.UK Notify's callback, answered by its own receipt rules,
 * and the codec endpoint, a pure read that Temporal's codec protocol makes a POST.
 */
const NOT_CLIENT_WRITES = new Set(['/api/v1/notify/delivery-receipts', '/api/v1/admin/codec/decode']);

describe('One Idempotency-Key rule for every writing endpoint', () => {
  let stack: TestStack;
  let journeys: JourneyClient;
  let dataSource: DataSource;

  const refer = (key: string, body: object) =>
    stack.http.post('/api/v1/participants').set(auth(staff.coordinator)).set('Idempotency-Key', key).send(body);
  const participantsWith = (nhsNumber: string) =>
    dataSource.getRepository(ParticipantEntity).countBy({ nhsNumber: nhsNumber.replaceAll(' ', '') });

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http);
    dataSource = stack.api.get(DataSource);
  });

  afterAll(() => stack.close());

  it('should give 50 concurrent referrals with one key the first answer, and start one journey', async () => {
    const key = randomUUID();
    const body = referralBody();
    const answers = await Promise.all(Array.from({ length: 50 }, () => refer(key, body)));
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 50 }, () => 201));
    const [first] = answers;
    for (const answer of answers) expect(answer.body).toEqual(first.body);
    expect(await participantsWith(body.nhsNumber)).toBe(1);
    expect((await journeys.timeline(first.body.id)).map((entry) => entry.step)).toEqual(['referral']);
  });

  it('should refuse a key reused with another body with 422 naming the key, and keep the second body out', async () => {
    const key = randomUUID();
    const first = await refer(key, referralBody()).expect(201);
    const other = referralBody();
    const reused = await refer(key, other).expect(422);
    expect(reused.headers['content-type']).toContain('application/problem+json');
    expect(reused.body).toMatchObject({
      type: expect.stringContaining('idempotency-key-reused'),
      status: 422,
      idempotencyKey: key,
      detail: expect.stringContaining(key),
    });
    expect(await participantsWith(other.nhsNumber)).toBe(0);
    // The same key at another endpoint is another request too.
    const step = await journeys.step(first.body.id, 'identification', {}, key).expect(422);
    expect(step.body.detail).toContain('POST /api/v1/participants');
    // The order of the fields is not another body.
    const body = referralBody();
    const orderKey = randomUUID();
    const answer = await refer(orderKey, body).expect(201);
    await refer(orderKey, Object.fromEntries(Object.entries(body).reverse())).expect(201, answer.body);
  });

  it('should give concurrent repeats of a step the first answer and apply it once', async () => {
    const id = await journeys.walk(['identification']);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => journeys.step(id, 'offer', {}, key)));
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 10 }, () => 200));
    for (const answer of answers) expect(answer.body).toEqual(answers[0].body);
    expect((await journeys.timeline(id)).filter((entry) => entry.step === 'offer')).toHaveLength(1);
  });

  it('should refuse a write without a key with 400 naming the header, and record nothing', async () => {
    const id = await journeys.walk(TO_AGREEMENT);
    await stack.http
      .post(`/api/v1/participants/${id}/budget/decline`)
      .set(auth(staff.coordinator))
      .send({ reason: 'Prefers the council to arrange it', effectiveDate: '2026-10-20' })
      .expect(200);
    const items = (await journeys.details(id).expect(200)).body.carePlan.supportItems as { itemId: string }[];
    const spend = {
      planItemId: items[0].itemId,
      amountPence: 12_500,
      spentOn: '2026-11-02',
      source: 'provider-invoice',
      kind: 'spend',
    };
    const withoutKey = await stack.http
      .post(`/api/v1/participants/${id}/spend`)
      .set(auth(staff.coordinator))
      .unset('Idempotency-Key')
      .send(spend)
      .expect(400);
    expect(withoutKey.body.errors).toEqual([{ field: 'Idempotency-Key', reason: expect.stringContaining('required') }]);
    const contact = await stack.http
      .put(`/api/v1/participants/${id}/contact-preferences`)
      .set(auth(staff.coordinator))
      .unset('Idempotency-Key')
      .send({ channel: 'outbox' })
      .expect(400);
    expect(contact.body.errors[0].field).toBe('Idempotency-Key');
    await stack.http
      .post(`/api/v1/participants/${id}/spend`)
      .set(auth(staff.coordinator))
      .set('Idempotency-Key', 'not a key with spaces')
      .send(spend)
      .expect(400);
    expect(await dataSource.getRepository(SpendRecordEntity).countBy({ participantId: id })).toBe(0);

    // A refused request records nothing, so its key can carry the corrected request.
    const key = randomUUID();
    const send = (body: object) =>
      stack.http
        .post(`/api/v1/participants/${id}/spend`)
        .set(auth(staff.coordinator))
        .set('Idempotency-Key', key)
        .send(body);
    await send({ ...spend, amountPence: -1 }).expect(400);
    const recorded = await send(spend).expect(201);
    await send(spend).expect(201, recorded.body);
    expect(await dataSource.getRepository(SpendRecordEntity).countBy({ participantId: id })).toBe(1);
  });

  it('should document the key once, as required, on every writing operation', async () => {
    const document = (await stack.http.get('/api/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string; required?: boolean }[] }>>;
    };
    const writes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({ path, method, operation })),
    );
    expect(writes.length).toBeGreaterThan(30);
    for (const { path, method, operation } of writes) {
      const headers = (operation.parameters ?? []).filter(
        (parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key',
      );
      const expected = NOT_CLIENT_WRITES.has(path) ? [] : [expect.objectContaining({ required: true })];
      expect({ operation: `${method} ${path}`, headers }).toEqual({
        operation: `${method} ${path}`,
        headers: expected,
      });
    }
  });
});
