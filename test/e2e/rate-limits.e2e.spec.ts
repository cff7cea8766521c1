import { randomUUID } from 'node:crypto';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });

describe('Rate limits', () => {
  let stack: TestStack;
  const saved = { ...process.env };

  beforeAll(async () => {
    // Low limits, and counts of this file's own in Redis.
    Object.assign(process.env, {
      RATE_LIMIT_PER_STAFF: '3',
      RATE_LIMIT_PER_ADDRESS: '8',
      REDIS_PREFIX: `ipc-rate-${randomUUID()}`,
    });
    stack = await startTestStack({ worker: false });
  });

  afterAll(async () => {
    await stack.close();
    process.env = saved;
  });

  const teams = (member?: { token: string }) => {
    const request = stack.http.get('/api/v1/site/teams');
    return member ? request.set(auth(member)) : request;
  };

  it('should refuse a staff member past their limit with 429 problem+json and Retry-After, and not their colleague', async () => {
    for (let request = 0; request < 3; request++) await teams(staff.coordinator).expect(200);

    const refused = await teams(staff.coordinator).expect(429);

    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({
      type: 'https://ipc-pathway.nhs.example/problems/too-many-requests',
      status: 429,
    });
    await teams(staff.colleague).expect(200);
  });

  it('should count every request from an address, signed in or not, and leave health alone', async () => {
    // Five so far from this address (four of the coordinator's, one of the colleague's).
    for (let request = 0; request < 3; request++) await teams().expect(401);

    await teams().expect(429);
    await teams(staff.administrator).expect(429);
    await stack.http.get('/health').expect((response) => expect(response.status).not.toBe(429));
  });
});
