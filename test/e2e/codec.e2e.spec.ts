import { journeyWorkflowId } from '@ipc/temporal';
import { Client } from '@temporalio/client';
import { JourneyClient } from '../support/journey-client';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const text = (encoded: string) => Buffer.from(encoded, 'base64').toString('utf8');

describe('The codec endpoint operators read histories through', () => {
  let stack: TestStack;

  const decode = (member: { token: string }, body: object) =>
    stack.http.post('/api/v1/admin/codec/decode').set('Authorization', `Bearer ${member.token}`).send(body);

  beforeAll(async () => {
    stack = await startTestStack();
  });

  afterAll(() => stack.close());

  it("should decrypt a journey's history as Temporal stores it, for an administrator only", async () => {
    const participantId = await new JourneyClient(stack.http).refer();
    const history = await stack.api.get(Client).workflow.getHandle(journeyWorkflowId(participantId)).fetchHistory();
    const [stored] = history.events?.[0].workflowExecutionStartedEventAttributes?.input?.payloads ?? [];
    // What the CLI and the Web UI send: the stored payload, bytes as base64.
    const sealed = {
      metadata: Object.fromEntries(Object.entries(stored.metadata ?? {}).map(([key, value]) => [key, base64(value)])),
      data: base64(stored.data ?? new Uint8Array()),
    };
    expect(text(sealed.metadata.encoding)).toBe('binary/encrypted');
    expect(text(sealed.data)).not.toContain(participantId);

    const [readable] = (await decode(staff.administrator, { payloads: [sealed] }).expect(200)).body.payloads;
    expect(text(readable.metadata.encoding)).toBe('json/plain');
    expect(JSON.parse(text(readable.data))).toMatchObject({ participantId });

    for (const member of [staff.coordinator, staff.igLead, staff.programmeLead]) {
      await decode(member, { payloads: [sealed] }).expect(403);
    }
  });

  it('should give back what is not encrypted as it came, and refuse what this key did not encrypt', async () => {
    const plain = { metadata: { encoding: base64('json/plain') }, data: base64('{"stage":"referred"}') };
    expect((await decode(staff.administrator, { payloads: [plain] }).expect(200)).body).toEqual({ payloads: [plain] });

    const forged = { metadata: { encoding: base64('binary/encrypted') }, data: base64('not sealed with our key') };
    const refused = await decode(staff.administrator, { payloads: [plain, forged] }).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'payloads[1].data', reason: "cannot be decrypted with this deployment's payload key" },
    ]);

    const malformed = await decode(staff.administrator, { payloads: [{ metadata: { encoding: '%%' } }] }).expect(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'payloads[0].metadata' })]);
  });
});
