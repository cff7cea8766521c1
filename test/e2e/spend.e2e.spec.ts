import { randomUUID } from 'node:crypto';
import { MAX_AMOUNT_PENCE, MAX_RECORDED_SPEND_PENCE } from '@ipc/domain';
import { SpendRecordEntity, SpendRepository } from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { JourneyClient, TO_AGREEMENT } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });
const HEADER = 'plan_item_id,amount_pence,spent_on,source,kind,description';

describe('Recording spend and service use through the API', () => {
  let stack: TestStack;
  let journeys: JourneyClient;
  let dataSource: DataSource;

  /** A person walked to an agreed plan who declines a personal budget: their journey is in delivery. */
  async function personInDelivery(): Promise<{ id: string; items: string[] }> {
    const id = await journeys.walk(TO_AGREEMENT);
    await stack.http
      .post(`/api/v1/participants/${id}/budget/decline`)
      .set(auth(staff.coordinator))
      .send({ reason: 'Prefers the council to arrange it', effectiveDate: '2026-10-20' })
      .expect(200);
    const details = await journeys.details(id).expect(200);
    expect(details.body.stage).toBe('delivery');
    return { id, items: details.body.carePlan.supportItems.map((item: { itemId: string }) => item.itemId) };
  }

  const spend = (participantId: string, key: string = randomUUID(), member = staff.coordinator) =>
    stack.http.post(`/api/v1/participants/${participantId}/spend`).set(auth(member)).set('Idempotency-Key', key);
  const record = (planItemId: string, overrides: Record<string, unknown> = {}) => ({
    planItemId,
    amountPence: 12_500,
    spentOn: '2026-11-02',
    source: 'provider-invoice',
    kind: 'spend',
    description: 'Invoice 4471, October',
    ...overrides,
  });
  const rowsOf = (participantId: string) => dataSource.getRepository(SpendRecordEntity).countBy({ participantId });

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http);
    dataSource = stack.api.get(DataSource);
  });

  afterAll(() => stack.close());

  it('should record one spend against a plan item and list it with the totals', async () => {
    const { id, items } = await personInDelivery();
    const response = await spend(id).send(record(items[0])).expect(201);
    expect(response.body).toMatchObject({
      id: expect.any(String),
      planItemId: items[0],
      amountPence: 12_500,
      spentOn: '2026-11-02',
      source: 'provider-invoice',
      kind: 'spend',
      description: 'Invoice 4471, October',
      recordedBy: 'coordinator-a',
    });

    const listed = await stack.http.get(`/api/v1/participants/${id}/spend`).set(auth(staff.coordinator)).expect(200);
    expect(listed.body.items).toEqual([response.body]);
    expect(listed.body.totals).toEqual({
      byItem: [{ planItemId: items[0], spentPence: 12_500, serviceUseCount: 0 }],
      totalPence: 12_500,
    });
  });

  it('should keep the agreed plan in force while a new version is drafted in delivery, until it is agreed', async () => {
    const { id, items } = await personInDelivery();
    const drafted = await journeys.step(id, 'carePlan', { effectiveDate: '2026-10-25' }).expect(200);
    expect(drafted.body).toMatchObject({
      stage: 'delivery',
      carePlan: { version: 1, agreedOn: '2026-10-08' },
      draftCarePlan: { version: 2, agreedOn: null },
      allowedSteps: expect.arrayContaining(['review', 'review-request', 'care-plan-agreement']),
    });
    const details = (await journeys.details(id).expect(200)).body;
    expect(details).toMatchObject({
      carePlan: { version: 1, agreedOn: '2026-10-08', supportItems: expect.any(Array) },
      draftCarePlan: { version: 2, agreedOn: null },
      allowedSteps: expect.arrayContaining(['review', 'review-request']),
    });
    expect(details.carePlan.supportItems.map((item: { itemId: string }) => item.itemId)).toEqual(items);
    const draftItems = details.draftCarePlan.supportItems.map((item: { itemId: string }) => item.itemId);

    await spend(id).send(record(items[0])).expect(201);
    const notYet = await spend(id).send(record(draftItems[0])).expect(400);
    expect(notYet.body.errors[0]).toMatchObject({ field: 'planItemId', reason: expect.stringContaining('version 1') });

    await journeys.step(id, 'agreement', { planVersion: 2, effectiveDate: '2026-10-26' }).expect(200);
    const agreed = (await journeys.details(id).expect(200)).body;
    expect(agreed).toMatchObject({ carePlan: { version: 2, agreedOn: '2026-10-26' }, draftCarePlan: null });
    await spend(id).send(record(draftItems[0])).expect(201);
    await spend(id).send(record(items[0])).expect(400);
  });

  it('should record a request retried with the same Idempotency-Key once, answering the first answer', async () => {
    const { id, items } = await personInDelivery();
    const first = await spend(id, 'spend-1').send(record(items[0])).expect(201);
    const again = await spend(id, 'spend-1').send(record(items[0])).expect(201);
    expect(again.body).toEqual(first.body);
    const concurrent = await Promise.all([1, 2, 3].map(() => spend(id, 'spend-2').send(record(items[1]))));
    expect(concurrent.map((response) => response.status)).toEqual([201, 201, 201]);
    expect(new Set(concurrent.map((response) => response.body.id)).size).toBe(1);
    expect(await rowsOf(id)).toBe(2);

    const reused = await spend(id, 'spend-1').set('Content-Type', 'text/csv').send(`${HEADER}\n`).expect(422);
    expect(reused.body.type).toContain('idempotency-key-reused');
  });

  it('should import a CSV upload whole, once per key, with totals by plan item', async () => {
    const { id, items } = await personInDelivery();
    const csv = [
      HEADER,
      `${items[0]},10000,2026-10-21,direct-payment-return,spend,"PA wages, week 1"`,
      `${items[0]},2500,2026-11-01,card-transaction,spend,`,
      `${items[1]},0,2026-11-03,notional-service-use,service-use,"Gym visit ""off-peak"""`,
      `${items[1]},2671,2026-11-10,provider-invoice,service-use,`,
      '',
    ].join('\r\n');
    const imported = await spend(id, 'upload-1').set('Content-Type', 'text/csv').send(csv).expect(201);
    expect(imported.body).toEqual({ imported: 4 });
    const again = await spend(id, 'upload-1').set('Content-Type', 'text/csv').send(csv).expect(201);
    expect(again.body).toEqual({ imported: 4 });
    expect(await rowsOf(id)).toBe(4);

    const listed = await stack.http
      .get(`/api/v1/participants/${id}/spend?from=2026-10-21&to=2026-11-03`)
      .set(auth(staff.coordinator))
      .expect(200);
    expect(listed.body.items.map((row: { amountPence: number }) => row.amountPence)).toEqual([10_000, 2_500, 0]);
    expect(listed.body.items[2].description).toBe('Gym visit "off-peak"');
    expect(listed.body.totals.totalPence).toBe(12_500);

    const summary = await new SpendRepository(dataSource).summarise(id, '2026-10-21', '2026-11-10');
    expect(summary).toEqual({
      byItem: [
        { planItemId: items[0], spentPence: 12_500, serviceUseCount: 0 },
        { planItemId: items[1], spentPence: 0, serviceUseCount: 1 },
      ].sort((a, b) => (a.planItemId < b.planItemId ? -1 : 1)),
      totalPence: 12_500,
    });
    expect((await new SpendRepository(dataSource).summarise(id, '2026-04-01', '2027-04-01')).totalPence).toBe(15_171);
  });

  it('should bound each amount and what a person can have recorded, so every total reads back exactly', async () => {
    const { id, items } = await personInDelivery();
    const unsafe = await spend(id)
      .send(record(items[0], { amountPence: Number.MAX_SAFE_INTEGER }))
      .expect(400);
    expect(unsafe.body.errors).toEqual([
      { field: 'amountPence', reason: expect.stringContaining(`from 0 to ${MAX_AMOUNT_PENCE}`) },
    ]);
    const badRow = await spend(id)
      .set('Content-Type', 'text/csv')
      .send(`${HEADER}\n${items[0]},${MAX_AMOUNT_PENCE + 1},2026-11-02,provider-invoice,spend,`)
      .expect(400);
    expect(badRow.body.errors).toEqual([{ row: 2, field: 'amount_pence', reason: expect.any(String) }]);

    // The largest amount allowed, recorded until the person's records reach their bound, in two uploads.
    const largest = (index: number) =>
      `${items[index % items.length]},${MAX_AMOUNT_PENCE},2026-11-0${1 + (index % 9)},provider-invoice,spend,`;
    const rows = Array.from({ length: MAX_RECORDED_SPEND_PENCE / MAX_AMOUNT_PENCE }, (_, index) => largest(index));
    const half = rows.length / 2;
    for (const upload of [rows.slice(0, half), rows.slice(half)]) {
      await spend(id)
        .set('Content-Type', 'text/csv')
        .send([HEADER, ...upload].join('\n'))
        .expect(201, { imported: half });
    }
    const beyond = await spend(id)
      .send(record(items[0], { amountPence: 1 }))
      .expect(400);
    expect(beyond.body.errors).toEqual([
      { field: 'amountPence', reason: expect.stringContaining(`at most ${MAX_RECORDED_SPEND_PENCE} pence`) },
    ]);
    expect(await rowsOf(id)).toBe(rows.length);

    const listed = await stack.http.get(`/api/v1/participants/${id}/spend`).set(auth(staff.coordinator)).expect(200);
    expect(listed.body.totals.totalPence).toBe(MAX_RECORDED_SPEND_PENCE);
    expect(listed.body.totals.byItem.map((item: { spentPence: number }) => item.spentPence)).toEqual([
      MAX_RECORDED_SPEND_PENCE / 2,
      MAX_RECORDED_SPEND_PENCE / 2,
    ]);
    const summary = await new SpendRepository(dataSource).summarise(id, '2026-11-01', '2026-11-10');
    expect(summary.totalPence).toBe(MAX_RECORDED_SPEND_PENCE);
  });

  it('should refuse an upload with bad rows, listing every one and recording nothing', async () => {
    const { id, items } = await personInDelivery();
    const csv = [
      HEADER,
      `${items[0]},10000,2026-10-21,direct-payment-return,spend,`,
      `${items[0]},12.34,2026-10-22,card-transaction,spend,`,
      `${items[1]},500,2026-10-23,provider-invoice,service-use,`,
      `${randomUUID()},500,2026-02-30,cash,spend,`,
    ].join('\n');
    const response = await spend(id).set('Content-Type', 'text/csv').send(csv).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.type).toContain('spend-upload-invalid');
    expect(response.body.errors).toEqual([
      { row: 3, field: 'amount_pence', reason: expect.stringContaining('whole number of pence') },
      { row: 5, field: 'spent_on', reason: expect.stringContaining('date') },
      { row: 5, field: 'source', reason: expect.stringContaining('must be one of') },
    ]);
    expect(await rowsOf(id)).toBe(0);

    const unknownItem = [
      HEADER,
      `${items[0]},1,2026-10-21,card-transaction,spend,`,
      `${randomUUID()},1,2026-10-21,card-transaction,spend,`,
    ];
    const refused = await spend(id).set('Content-Type', 'text/csv').send(unknownItem.join('\n')).expect(400);
    expect(refused.body.errors).toEqual([
      { row: 3, field: 'plan_item_id', reason: expect.stringContaining('not a support item of the current care plan') },
    ]);
    const badHeader = await spend(id).set('Content-Type', 'text/csv').send('plan_item,amount_pence\n1,2').expect(400);
    expect(badHeader.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'plan_item',
      'plan_item_id',
      'spent_on',
      'source',
      'kind',
    ]);
    expect(await rowsOf(id)).toBe(0);
  });

  it('should refuse spend while the journey is not in delivery, naming the stage', async () => {
    const id = await journeys.walk(TO_AGREEMENT);
    const details = await journeys.details(id).expect(200);
    const response = await spend(id).send(record(details.body.carePlan.supportItems[0].itemId)).expect(409);
    expect(response.body).toMatchObject({
      type: expect.stringContaining('spend-not-allowed-at-stage'),
      stage: 'plan-agreed',
      allowedStages: ['delivery'],
    });
    expect(await rowsOf(id)).toBe(0);
  });

  it('should answer 404 for a person at another site, and not show them', async () => {
    const { id, items } = await personInDelivery();
    await spend(id, randomUUID(), staff.otherSite).send(record(items[0])).expect(404);
    await stack.http.get(`/api/v1/participants/${id}/spend`).set(auth(staff.otherSite)).expect(404);
    expect(await rowsOf(id)).toBe(0);
  });

  it('should refuse a record that breaks a rule, naming the field', async () => {
    const { id, items } = await personInDelivery();
    const cases: [Record<string, unknown>, string][] = [
      [record(randomUUID()), 'planItemId'],
      [record(items[0], { amountPence: 12.5 }), 'amountPence'],
      [record(items[0], { amountPence: '1250' }), 'amountPence'],
      [record(items[0], { amountPence: -1 }), 'amountPence'],
      [record(items[0], { amountPence: 2 ** 53 }), 'amountPence'],
      [record(items[0], { spentOn: '2026-08-31' }), 'spentOn'],
      [record(items[0], { spentOn: '2099-01-01' }), 'spentOn'],
      [record(items[0], { kind: 'refund' }), 'kind'],
    ];
    for (const [body, field] of cases) {
      const response = await spend(id).send(body).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
    }
    const unknown = await spend(id).send(record(randomUUID())).expect(400);
    expect(unknown.body.errors[0].reason).toContain('current care plan (version 1)');
    expect(await rowsOf(id)).toBe(0);
  });

  it('should refuse other content types with 415 and an upload over 5 MB with 413', async () => {
    const { id } = await personInDelivery();
    const plain = await spend(id).set('Content-Type', 'text/plain').send('hello').expect(415);
    expect(plain.headers['content-type']).toContain('application/problem+json');
    const big = `${HEADER}\n${'x'.repeat(5 * 1024 * 1024)}`;
    const tooLarge = await spend(id).set('Content-Type', 'text/csv').send(big).expect(413);
    expect(tooLarge.headers['content-type']).toContain('application/problem+json');
    await stack.http
      .get(`/api/v1/participants/${id}/spend?from=2026-12-01&to=2026-11-01`)
      .set(auth(staff.coordinator))
      .expect(400);
    expect(await rowsOf(id)).toBe(0);
  });
});
