import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DeliveryChannel, type ReminderMessage } from './delivery-channel';
import { reminderWording } from './reminder-wording';

/**
 * The local stand-in for every channel: each reminder becomes `<outboxDir>/<reminderId>.json`, so a
 * developer can read what would have gone out. Written atomically (temporary file, then rename) and
 * named by reminder id, so a repeat overwrites rather than duplicates. Contact details are in the
 * file, as they would be in the message: the outbox lives in the local data directory only.
 */
export class OutboxChannel implements DeliveryChannel {
  readonly provider = 'outbox' as const;

  constructor(private readonly outboxDir: string) {}

  async send(message: ReminderMessage): Promise<string> {
    await mkdir(this.outboxDir, { recursive: true });
    const file = this.fileFor(message.reminderId);
    const entry = { ...message, ...reminderWording(message), writtenAt: new Date().toISOString() };
    await writeFile(`${file}.tmp`, JSON.stringify(entry, null, 2));
    await rename(`${file}.tmp`, file);
    return `outbox:${message.reminderId}`;
  }

  async findAccepted(reminderId: string): Promise<string | undefined> {
    try {
      await readFile(this.fileFor(reminderId));
      return `outbox:${reminderId}`;
    } catch {
      return undefined;
    }
  }

  async close(): Promise<void> {}

  private fileFor(reminderId: string): string {
    return join(this.outboxDir, `${reminderId}.json`);
  }
}
