import type { PostalAddress } from '@ipc/persistence';

export type DeliveryProvider = 'notify' | 'smtp' | 'outbox';

/** What a channel needs to send one reminder. Holds contact details: never log it. */
export interface ReminderMessage {
  reminderId: string;
  recipientType: 'participant' | 'carer' | 'coordinator';
  /** For a coordinator or team: the id of the person or carer it is about, so they know whose case. */
  caseReference: string | null;
  purpose: string;
  /** What exactly is due, where the purpose covers several things (a carer's transition kind). */
  topic: string | null;
  dueDate: string;
  leadDays: number;
  /** Days from the day it is sent to the due date (negative once overdue); the lead time if on time. */
  daysBefore: number;
  /** The person's channel: how the message reaches them. */
  channel: 'email' | 'sms' | 'letter' | 'outbox';
  templateId: string;
  format: string;
  language: string;
  email: string | null;
  phone: string | null;
  postalAddress: PostalAddress | null;
}

/** One way out: GOV.UK Notify, an SMTP server or the local outbox. */
export interface DeliveryChannel {
  readonly provider: DeliveryProvider;
  /** Sends the message with the reminder id as its reference; resolves with the provider's reference. */
  send(message: ReminderMessage): Promise<string>;
  /**
   * The provider's reference for a message it already accepted for this reminder, when the provider
   * can be asked (Notify by reference, the outbox by file); undefined when none, or when it cannot tell.
   */
  findAccepted(reminderId: string): Promise<string | undefined>;
  close(): Promise<void>;
}

/**
 * A failed send. `permanent` when retrying cannot help (the provider refused the request itself);
 * the message names status codes and provider error codes, never an address.
 */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}
