import type { DataConverter } from '@temporalio/common';
import { EncryptionCodec } from './encryption-codec';

/** The same converter for client and worker: both must read what the other wrote. */
export function createDataConverter(payloadKey: Buffer): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(payloadKey)] };
}
