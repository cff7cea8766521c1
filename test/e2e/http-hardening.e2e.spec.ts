import { type AddressInfo, connect } from 'node:net';
import { CARER_CONTACT, carerBody } from '../factories/carer.factory';
import { JourneyClient, TO_AGREEMENT } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });
const PROBLEM_JSON = 'application/problem+json';
const problemType = (slug: string) => `https://ipc-pathway.nhs.example/problems/${slug}`;

const RECORDED_DEMOGRAPHICS = { sex: 'female', ethnicity: 'white-british', disability: 'yes' };

/** `{"other":{"a":{"a":...}}}` with `depth` levels of objects in all. */
const nestedBody = (depth: number) => `{"other":${'{"a":'.repeat(depth - 1)}1${'}'.repeat(depth)}`;

describe('The API holds its HTTP contract against a hostile client', () => {
  let stack: TestStack;
  let journeys: JourneyClient;
  let baseUrl: string;
  let port: number;

  /** Sends bytes no HTTP client library would, and returns the whole answer. */
  const rawRequest = (bytes: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });

  beforeAll(async () => {
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http);
    // Listening once lets plain fetch send what supertest cannot, such as a body with no Content-Type.
    const server = stack.api.getHttpServer().listen(0);
    port = (server.address() as AddressInfo).port;
    baseUrl = `http://127.0.0.1:${port}`;
  });

  afterAll(() => stack.close());

  const putDemographics = (participantId: string) =>
    stack.http.put(`/api/v1/participants/${participantId}/demographics`).set(auth(staff.coordinator));
  const demographicsOf = async (participantId: string) =>
    (
      await stack.http
        .get(`/api/v1/participants/${participantId}/demographics`)
        .set(auth(staff.coordinator))
        .expect(200)
    ).body;
  async function personWithDemographics(): Promise<string> {
    const participantId = await journeys.refer();
    await putDemographics(participantId).send(RECORDED_DEMOGRAPHICS).expect(200);
    return participantId;
  }
  const expectProblem = (
    response: { status: number; headers: Record<string, string>; body: unknown },
    slug: string,
  ) => {
    expect(response.headers['content-type']).toContain(PROBLEM_JSON);
    expect(response.body).toMatchObject({ type: problemType(slug), status: response.status });
  };

  describe('media types', () => {
    it('should refuse demographics sent as text/plain with 415 and keep what was recorded', async () => {
      const participantId = await personWithDemographics();
      const refused = await putDemographics(participantId)
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({ sex: 'male' }))
        .expect(415);
      expectProblem(refused, 'unsupported-media-type');
      expect(refused.body.detail).toContain('application/json');
      expect(refused.body.acceptedMediaTypes).toEqual(['application/json', 'application/*+json']);
      expect(await demographicsOf(participantId)).toMatchObject(RECORDED_DEMOGRAPHICS);
    });

    it('should refuse a budget decline sent as text/plain with 415 and leave the journey where it was', async () => {
      const participantId = await journeys.walk(TO_AGREEMENT);
      const refused = await stack.http
        .post(`/api/v1/participants/${participantId}/budget/decline`)
        .set(auth(staff.coordinator))
        .set('Content-Type', 'text/plain')
        .send('reason=Prefers the council to arrange it')
        .expect(415);
      expectProblem(refused, 'unsupported-media-type');
      const details = await journeys.details(participantId).expect(200);
      expect(details.body).toMatchObject({ stage: 'plan-agreed', budgetDeclined: false });
      expect((await journeys.timeline(participantId)).map((entry) => entry.step)).not.toContain('budget-decline');
    });

    it('should refuse a form-encoded body and a body with no Content-Type, and change nothing', async () => {
      const participantId = await personWithDemographics();
      const form = await putDemographics(participantId).type('form').send({ sex: 'male' }).expect(415);
      expectProblem(form, 'unsupported-media-type');
      const untyped = await fetch(`${baseUrl}/api/v1/participants/${participantId}/demographics`, {
        method: 'PUT',
        headers: auth(staff.coordinator),
        body: Buffer.from(JSON.stringify({ sex: 'male' })),
      });
      expect(untyped.status).toBe(415);
      expect(untyped.headers.get('content-type')).toContain(PROBLEM_JSON);
      expect(((await untyped.json()) as { detail: string }).detail).toContain('no Content-Type');
      expect(await demographicsOf(participantId)).toMatchObject(RECORDED_DEMOGRAPHICS);
    });

    it('should take JSON with a charset and any application/*+json type', async () => {
      const participantId = await personWithDemographics();
      await putDemographics(participantId)
        .set('Content-Type', 'application/json; charset=utf-8')
        .send(JSON.stringify({ sex: 'male' }))
        .expect(200);
      expect((await demographicsOf(participantId)).sex).toBe('male');
      await putDemographics(participantId)
        .set('Content-Type', 'application/vnd.ipc+json')
        .send(JSON.stringify({ sex: 'prefer-not-to-say' }))
        .expect(200);
      expect((await demographicsOf(participantId)).sex).toBe('prefer-not-to-say');
    });

    it('should name JSON and CSV as what spend takes, and document both in OpenAPI', async () => {
      const participantId = await journeys.refer();
      const refused = await stack.http
        .post(`/api/v1/participants/${participantId}/spend`)
        .set(auth(staff.coordinator))
        .set('Content-Type', 'application/xml')
        .send('<spend/>')
        .expect(415);
      expect(refused.body.acceptedMediaTypes).toEqual(['application/json', 'application/*+json', 'text/csv']);
      const document = await stack.http.get('/api/docs/openapi.json').expect(200);
      const spendBody = document.body.paths['/api/v1/participants/{id}/spend'].post.requestBody.content;
      expect(Object.keys(spendBody)).toEqual(expect.arrayContaining(['application/json', 'text/csv']));
    });

    it('should still take a POST that has no body', async () => {
      const unknownReminder = '00000000-0000-4000-8000-000000000000';
      const response = await stack.http
        .post(`/api/v1/reminders/${unknownReminder}/resend`)
        .set(auth(staff.coordinator))
        .expect(404);
      expectProblem(response, 'not-found');
    });
  });

  describe('strings and structure PostgreSQL or the validator cannot take', () => {
    it('should refuse a NUL character in a body field with 400 naming the field, and record nothing', async () => {
      const participantId = await journeys.walk(TO_AGREEMENT);
      const refused = await stack.http
        .post(`/api/v1/participants/${participantId}/budget/decline`)
        .set(auth(staff.coordinator))
        .send({ reason: 'Prefers the council\u0000 to arrange it' })
        .expect(400);
      expectProblem(refused, 'validation-failed');
      expect(refused.body.errors).toEqual([{ field: 'reason', reason: expect.stringContaining('NUL') }]);
      expect((await journeys.details(participantId).expect(200)).body.stage).toBe('plan-agreed');
    });

    it('should name a nested field, a path parameter and a query filter holding NUL', async () => {
      const nested = await stack.http
        .post('/api/v1/carers')
        .set(auth(staff.coordinator))
        .send(carerBody({ contact: { ...CARER_CONTACT, name: 'Robin\u0000 Carerson' } }))
        .expect(400);
      expect(nested.body.errors).toEqual([{ field: 'contact.name', reason: expect.stringContaining('NUL') }]);

      const referral = await stack.http
        .post('/api/v1/participants')
        .set(auth(staff.coordinator))
        .send({ teamId: 'team-a1\u0000' })
        .expect(400);
      expect(referral.body.errors).toEqual([{ field: 'teamId', reason: expect.stringContaining('NUL') }]);

      const path = await stack.http
        .put('/api/v1/coordinators/coordinator%00a/contact-preferences')
        .set(auth(staff.coordinator))
        .send({ channel: 'outbox' })
        .expect(400);
      expect(path.body.errors).toEqual([{ field: 'id', reason: expect.stringContaining('NUL') }]);

      for (const url of ['/api/v1/participants?teamId=team%00', '/api/v1/reviews/due?teamId=%00']) {
        const query = await stack.http.get(url).set(auth(staff.coordinator)).expect(400);
        expectProblem(query, 'validation-failed');
        expect(query.body.errors).toEqual([{ field: 'teamId', reason: expect.stringContaining('NUL') }]);
      }
    });

    it('should answer a NUL in a header (which Node refuses before the app) as problem+json', async () => {
      const answer = await rawRequest(
        `GET /api/v1/participants HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${staff.coordinator.token}\r\n` +
          'Idempotency-Key: key\u0000one\r\nConnection: close\r\n\r\n',
      );
      const [head, body] = answer.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      expect(head).toContain(`Content-Type: ${PROBLEM_JSON}`);
      expect(JSON.parse(body)).toMatchObject({ type: problemType('malformed-request'), status: 400 });
    });

    it('should refuse JSON nested 5,000 deep with 400 and take 32 levels', async () => {
      const participantId = await personWithDemographics();
      const deep = nestedBody(5_000);
      expect(deep.length).toBeGreaterThan(25_000);
      const refused = await putDemographics(participantId)
        .set('Content-Type', 'application/json')
        .send(deep)
        .expect(400);
      expectProblem(refused, 'body-too-deeply-nested');
      expect(refused.body.detail).toContain('32');
      expect(await demographicsOf(participantId)).toMatchObject(RECORDED_DEMOGRAPHICS);
      // 32 levels in all is the limit: a body that deep reaches the validator (which refuses the made-up key).
      const sendJson = (body: string) =>
        putDemographics(participantId).set('Content-Type', 'application/json').send(body);
      expect((await sendJson(nestedBody(32)).expect(400)).body.type).toBe(problemType('validation-failed'));
      expect((await sendJson(nestedBody(33)).expect(400)).body.type).toBe(problemType('body-too-deeply-nested'));
    });

    it('should answer malformed JSON with a message a person can act on, and a body over the limit with 413', async () => {
      const participantId = await personWithDemographics();
      const malformed = await putDemographics(participantId)
        .set('Content-Type', 'application/json')
        .send('{"sex": "male",}')
        .expect(400);
      expectProblem(malformed, 'malformed-json');
      expect(JSON.stringify(malformed.body)).not.toMatch(/Unexpected|position|SyntaxError/);
      expect(malformed.body.detail).toContain('JSON object');
      const json = (body: string) => putDemographics(participantId).set('Content-Type', 'application/json').send(body);
      expectProblem(await json('"male"').expect(400), 'malformed-json');
      const list = await json('[{"sex":"male"}]').expect(400);
      expect(list.body.errors).toEqual([
        { field: 'body', reason: 'must be a JSON object of named fields, not a list' },
      ]);

      const tooLarge = await putDemographics(participantId)
        .send({ other: { note: 'x'.repeat(200 * 1024) } })
        .expect(413);
      expectProblem(tooLarge, 'payload-too-large');
      expect(tooLarge.body.detail).toMatch(/at most 100 KB/);
      expect(await demographicsOf(participantId)).toMatchObject(RECORDED_DEMOGRAPHICS);
    });
  });

  describe('security headers and authentication', () => {
    it('should not say what the server runs and keep personal data out of caches, errors included', async () => {
      const participantId = await journeys.refer();
      const ok = await journeys.details(participantId).expect(200);
      const missing = await stack.http
        .get('/api/v1/participants/not-a-person')
        .set(auth(staff.coordinator))
        .expect(404);
      for (const response of [ok, missing]) {
        expect(response.headers['x-powered-by']).toBeUndefined();
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.headers['x-content-type-options']).toBe('nosniff');
      }
      expect((await stack.http.get('/health')).headers['x-powered-by']).toBeUndefined();
    });

    it('should still serve the OpenAPI UI, whose scripts the content security policy allows', async () => {
      const page = await stack.http.get('/api/docs').redirects(1).expect(200);
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      // Every script is a file from this origin: nothing inline that the policy would block.
      expect(page.text).not.toMatch(/<script>(?!\s*<\/script>)/);
      const scripts = [...page.text.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        await stack.http.get(new URL(script, `${baseUrl}/api/docs/`).pathname).expect(200);
      }
    });

    it('should take the bearer scheme in any case', async () => {
      const participantId = await journeys.refer();
      for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
        await stack.http
          .get(`/api/v1/participants/${participantId}`)
          .set('Authorization', `${scheme} ${staff.coordinator.token}`)
          .expect(200);
      }
      await stack.http.get(`/api/v1/participants/${participantId}`).set('Authorization', 'Basic abc').expect(401);
    });

    it('should serve /metrics only with the metrics token, never a staff token or none', async () => {
      const none = await stack.http.get('/metrics').expect(401);
      expectProblem(none, 'unauthenticated');
      expect(none.text).not.toContain('ipc_');
      await stack.http.get('/metrics').set(auth(staff.administrator)).expect(401);
      const scraped = await stack.http
        .get('/metrics')
        .set('Authorization', `bearer ${stack.config.metricsToken}`)
        .expect(200);
      expect(scraped.text).toContain('ipc_http_request_duration_seconds');
    });
  });

  describe('methods a path does not support', () => {
    it('should answer 405 with the methods the path has, for DELETE and TRACE', async () => {
      const participantId = await journeys.refer();
      const deleted = await stack.http.delete('/api/v1/participants').set(auth(staff.coordinator)).expect(405);
      expectProblem(deleted, 'method-not-allowed');
      expect(deleted.headers.allow).toBe('GET, HEAD, POST');
      const traced = await stack.http
        .trace(`/api/v1/participants/${participantId}`)
        .set(auth(staff.coordinator))
        .expect(405);
      expect(traced.headers.allow).toBe('GET, HEAD');
      expect(traced.body).toMatchObject({ type: problemType('method-not-allowed'), status: 405 });
      const put = await stack.http.put('/health').expect(405);
      expect(put.headers.allow).toBe('GET, HEAD');
      expect((await journeys.details(participantId).expect(200)).body.stage).toBe('referred');
    });

    it('should keep 404 for a path that does not exist, inside the API or outside it', async () => {
      const unknown = await stack.http.delete('/api/v1/nothing-here').set(auth(staff.coordinator)).expect(404);
      expectProblem(unknown, 'not-found');
      expectProblem(await stack.http.trace('/favicon.ico').expect(404), 'not-found');
      const docs = await stack.http.trace('/api/docs/openapi.json').expect(405);
      expect(docs.headers.allow).toBe('GET, HEAD');
    });
  });
});
