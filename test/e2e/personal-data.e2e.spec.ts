import { journeyWorkflowId } from '@ipc/temporal';
import { Client } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { referralBody } from '../factories/referral.factory';
import { stepBodies } from '../factories/steps.factory';
import { JourneyClient, TO_AGREEMENT } from '../support/journey-client';
import { startTestStack, type TestStack } from '../support/test-stack';

/**
 * Every payload in a history, wherever it sits in the event tree, except the SDK's own versioning
 * bookkeeping (the `patched()` marker and the TemporalChangeVersion search attribute): those are
 * never passed through a codec, and hold only the patch's name.
 */
const SDK_BOOKKEEPING = new Set(['markerRecordedEventAttributes', 'upsertWorkflowSearchAttributesEventAttributes']);

function payloadsIn(node: unknown): Payload[] {
  if (!node || typeof node !== 'object') return [];
  if ('data' in node && 'metadata' in node && (node as Payload).data instanceof Uint8Array) return [node as Payload];
  return Object.entries(node).flatMap(([key, value]) => (SDK_BOOKKEEPING.has(key) ? [] : payloadsIn(value)));
}

describe('Personal data and Temporal histories', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });

  afterAll(() => stack.close());

  it('should keep names, NHS numbers, dates of birth and free text out of the journey history, and encrypt what is there', async () => {
    const referral = referralBody({ dateOfBirth: '1937-05-19' });
    const journeys = new JourneyClient(stack.http);
    const participantId = await journeys.refer(referral);
    for (const step of TO_AGREEMENT) await journeys.step(participantId, step).expect(200);

    const client = stack.api.get(Client);
    const history = await client.workflow.getHandle(journeyWorkflowId(participantId)).fetchHistory();
    const payloads = payloadsIn(history);
    expect(payloads.length).toBeGreaterThan(10);
    const decoded = await client.options.loadedDataConverter.payloadCodecs[0].decode(payloads);
    const plainText = decoded.map((payload) => Buffer.from(payload.data ?? []).toString('utf8')).join('\n');

    const personal = [
      referral.nhsNumber,
      referral.dateOfBirth,
      stepBodies.guidedConversation().whatMatters,
      'Ann Example',
      '07700 900123',
      'Fewer falls at home',
      'Riverside PA Co-op',
    ];
    expect(plainText).toContain(participantId);
    for (const value of personal) expect(plainText).not.toContain(value);
    // What the server stores is ciphertext: not even the participant id is readable there.
    const stored = payloads.map((payload) => Buffer.from(payload.data ?? []).toString('utf8')).join('\n');
    expect(stored).not.toContain(participantId);
    const encodings = new Set(payloads.map((payload) => Buffer.from(payload.metadata?.encoding ?? []).toString()));
    expect([...encodings]).toEqual(['binary/encrypted']);
  });
});
