import { JourneyStepEntity } from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { JourneyClient } from '../support/journey-client';
import { TcpProxy } from '../support/tcp-proxy';
import { startTestStack, type TestStack } from '../support/test-stack';

/** How long an answer may take while PostgreSQL is away (the pool's 5 s connection timeout, and some). */
const OUTAGE_ANSWER_WITHIN_MS = 12_000;

describe('PostgreSQL away in the middle of the care team work', () => {
  const runDatabaseUrl = String(process.env.DATABASE_URL);
  let proxy: TcpProxy;
  let stack: TestStack;
  let journeys: JourneyClient;

  beforeAll(async () => {
    const database = new URL(runDatabaseUrl);
    proxy = await TcpProxy.start({ host: database.hostname, port: Number(database.port || 5432) });
    // The API and the worker of this file reach the run's database through the proxy alone.
    database.hostname = '127.0.0.1';
    database.port = String(proxy.port);
    process.env.DATABASE_URL = database.toString();
    stack = await startTestStack();
    journeys = new JourneyClient(stack.http);
  });

  afterAll(async () => {
    await proxy.restore();
    await stack?.close();
    await proxy.cut();
    process.env.DATABASE_URL = runDatabaseUrl;
  });

  it('should answer 503 with Retry-After while it is away, then take the same request once', async () => {
    const participantId = await journeys.walk(['identification']);
    await proxy.cut();

    const key = 'offer-during-outage';
    const started = Date.now();
    const during = await journeys.step(participantId, 'offer', {}, key);
    expect(Date.now() - started).toBeLessThan(OUTAGE_ANSWER_WITHIN_MS);
    expect(during.status).toBe(503);
    expect(during.headers['retry-after']).toBe('5');
    expect(during.headers['content-type']).toContain('application/problem+json');
    expect((await journeys.details(participantId)).status).toBe(503);

    await proxy.restore();
    const after = await journeys.step(participantId, 'offer', {}, key).expect(200);
    expect(after.body.stage).toBe('offered');
    const again = await journeys.step(participantId, 'offer', {}, key).expect(200);
    expect(again.body).toEqual(after.body);

    const steps = await stack.api
      .get(DataSource)
      .getRepository(JourneyStepEntity)
      .find({ where: { participantId }, order: { sequence: 'ASC' } });
    expect(steps.map((entry) => entry.step)).toEqual(['referral', 'identification', 'offer']);
  }, 90_000);
});
