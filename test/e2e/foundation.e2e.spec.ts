import { ParticipantEntity } from '@ipc/persistence';
import { journeyWorkflowId } from '@ipc/temporal';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { referralBody } from '../factories/referral.factory';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });

describe('Foundation: health, metrics, docs and the referral slice', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });

  afterAll(() => stack.close());

  it('should report database, Redis and Temporal as up, at /health and /health/ready, and be live', async () => {
    for (const path of ['/health', '/health/ready']) {
      const response = await stack.http.get(path).expect(200);
      expect(response.body.status).toBe('ok');
      for (const service of ['database', 'redis', 'temporal']) {
        expect(response.body.details[service].status).toBe('up');
      }
    }
    expect((await stack.http.get('/health/live').expect(200)).body).toMatchObject({ status: 'ok', details: {} });
  });

  it("should echo the caller's request id, or give the answer one", async () => {
    const given = await stack.http.get('/health/live').set('X-Request-Id', 'probe-42').expect(200);
    expect(given.headers['x-request-id']).toBe('probe-42');
    const made = await stack.http.get('/health/live').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should serve Prometheus metrics and the OpenAPI document', async () => {
    await stack.http.get('/health');
    const metrics = await stack.http
      .get('/metrics')
      .set(auth({ token: stack.config.metricsToken }))
      .expect(200);
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.text).toMatch(
      /ipc_http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} \d+/,
    );
    const document = await stack.http.get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/participants', '/api/v1/participants/{id}/care-plan/agreement']),
    );
  });

  it('should take a referral, start the journey workflow and read the stage back from it', async () => {
    const created = await stack.http
      .post('/api/v1/participants')
      .set(auth(staff.coordinator))
      .send(referralBody())
      .expect(201);
    expect(created.body).toMatchObject({ id: expect.any(String), stage: 'referred' });

    const client = stack.api.get(Client);
    const description = await client.workflow.getHandle(journeyWorkflowId(created.body.id)).describe();
    expect(description.status.name).toBe('RUNNING');
    expect(description.taskQueue).toBe(stack.config.temporal.taskQueue);

    const details = await stack.http
      .get(`/api/v1/participants/${created.body.id}`)
      .set(auth(staff.coordinator))
      .expect(200);
    expect(details.body).toMatchObject({ stage: 'referred', allowedSteps: ['identification', 'closure'] });
  });

  it.each([
    ['nhsNumber', { nhsNumber: '9434765918' }],
    ['cohort', { cohort: 'everyone' }],
    ['referralSource', { referralSource: undefined }],
    ['dateOfBirth', { dateOfBirth: '2999-01-01' }],
  ])('should answer 400 naming %s when it is invalid or missing', async (field, overrides) => {
    const before = await stack.api.get(DataSource).getRepository(ParticipantEntity).count();
    const response = await stack.http
      .post('/api/v1/participants')
      .set(auth(staff.coordinator))
      .send(referralBody(overrides))
      .expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
    expect(await stack.api.get(DataSource).getRepository(ParticipantEntity).count()).toBe(before);
  });

  it('should answer 409 to a second open referral for the same NHS number, and accept it at another site', async () => {
    const body = referralBody();
    const first = await stack.http.post('/api/v1/participants').set(auth(staff.coordinator)).send(body).expect(201);
    const second = await stack.http
      .post('/api/v1/participants')
      .set(auth(staff.colleague))
      .send({
        ...body,
        nhsNumber: `${body.nhsNumber.slice(0, 3)} ${body.nhsNumber.slice(3, 6)} ${body.nhsNumber.slice(6)}`,
      })
      .expect(409);
    expect(second.body).toMatchObject({ status: 409, participantId: first.body.id });
    await stack.http.post('/api/v1/participants').set(auth(staff.otherSite)).send(body).expect(201);
  });

  it('should give a retried referral (same Idempotency-Key) the first answer and start one journey', async () => {
    const body = referralBody();
    const send = () =>
      stack.http
        .post('/api/v1/participants')
        .set(auth(staff.coordinator))
        .set('Idempotency-Key', `referral-${body.nhsNumber}`)
        .send(body);
    const [first, second] = [await send().expect(201), await send().expect(201)];
    expect(second.body.id).toBe(first.body.id);
    const rows = await stack.api
      .get(DataSource)
      .getRepository(ParticipantEntity)
      .countBy({ nhsNumber: body.nhsNumber });
    expect(rows).toBe(1);
  });

  it('should refuse requests without a valid token (401) and keep other sites out (404)', async () => {
    const created = await stack.http
      .post('/api/v1/participants')
      .set(auth(staff.coordinator))
      .send(referralBody())
      .expect(201);
    await stack.http.get(`/api/v1/participants/${created.body.id}`).expect(401);
    await stack.http.get(`/api/v1/participants/${created.body.id}`).set({ Authorization: 'Bearer nope' }).expect(401);
    await stack.http.get(`/api/v1/participants/${created.body.id}`).set(auth(staff.otherSite)).expect(404);
    await stack.http.get('/api/v1/participants/not-a-uuid').set(auth(staff.coordinator)).expect(404);
    await stack.http
      .post(`/api/v1/participants/${created.body.id}/closure`)
      .set(auth(staff.otherSite))
      .send({ reason: 'withdrew' })
      .expect(404);
  });

  it("should keep programme leads away from a person's details (403)", async () => {
    await stack.http.get('/api/v1/participants').set(auth(staff.programmeLead)).expect(403);
  });
});
