import type { Client } from '@temporalio/client';
import type { Payload } from '@temporalio/common';

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

/** A workflow's history as the server stores it and as the codec's key holder would read it. */
export async function historyPayloads(client: Client, workflowId: string) {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const payloads = payloadsIn(history);
  const decoded = await client.options.loadedDataConverter.payloadCodecs[0].decode(payloads);
  const text = (items: Payload[]) =>
    items.map((payload) => Buffer.from(payload.data ?? []).toString('utf8')).join('\n');
  return {
    count: payloads.length,
    /** What the server stores: ciphertext. */
    stored: text(payloads),
    /** What the payloads say once decrypted: ids, codes, dates and amounts only. */
    plainText: text(decoded),
    encodings: [...new Set(payloads.map((payload) => Buffer.from(payload.metadata?.encoding ?? []).toString()))],
  };
}
