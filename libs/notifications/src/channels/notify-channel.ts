import axios, { isAxiosError } from 'axios';
import { NotifyClient } from 'notifications-node-client';
import { type DeliveryChannel, DeliveryError, type ReminderMessage } from './delivery-channel';
import { letterAddress, reminderPersonalisation } from './reminder-personalisation';

export interface NotifyChannelOptions {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
}

interface NotifyErrorBody {
  status_code?: number;
  errors?: { error?: string; message?: string }[];
}

/**
 * GOV.UK Notify, through its own client. Every notification carries the reminder id as its
 * `reference`, so a retry can ask Notify whether an earlier attempt already got through.
 */
export class NotifyChannel implements DeliveryChannel {
  readonly provider = 'notify' as const;
  private readonly client: NotifyClient;

  constructor(options: NotifyChannelOptions) {
    this.client = new NotifyClient(options.baseUrl, options.apiKey);
    // The client's default has no timeout: a hung request would hold its job (and lock) forever.
    this.client.setClient(axios.create({ timeout: options.timeoutMs }));
  }

  async send(message: ReminderMessage): Promise<string> {
    const personalisation = reminderPersonalisation(message);
    const reference = message.reminderId;
    try {
      switch (message.channel) {
        case 'email':
          if (!message.email) throw new DeliveryError('no email address recorded', true);
          return (await this.client.sendEmail(message.templateId, message.email, { personalisation, reference })).data
            .id;
        case 'sms':
          if (!message.phone) throw new DeliveryError('no phone number recorded', true);
          return (await this.client.sendSms(message.templateId, message.phone, { personalisation, reference })).data.id;
        case 'letter':
          if (!message.postalAddress) throw new DeliveryError('no postal address recorded', true);
          return (
            await this.client.sendLetter(message.templateId, {
              personalisation: { ...personalisation, ...letterAddress(message) },
              reference,
            })
          ).data.id;
        default:
          throw new DeliveryError(`Notify does not deliver the ${message.channel} channel`, true);
      }
    } catch (error) {
      throw notifyFailure(error);
    }
  }

  async findAccepted(reminderId: string): Promise<string | undefined> {
    try {
      const response = await this.client.getNotifications(undefined, undefined, reminderId);
      return response.data.notifications.find((notification) => notification.reference === reminderId)?.id;
    } catch (error) {
      throw notifyFailure(error);
    }
  }

  async close(): Promise<void> {}
}

/** 4xx (other than 429) is Notify refusing the request: permanent. 429, 5xx and network errors are worth a retry. */
export function notifyFailure(error: unknown): Error {
  if (error instanceof DeliveryError) return error;
  if (!isAxiosError(error)) return error instanceof Error ? error : new Error(String(error));
  const status = error.response?.status;
  if (status === undefined) return new DeliveryError(`Notify unreachable: ${error.code ?? error.message}`, false);
  const body = error.response?.data as NotifyErrorBody | undefined;
  const detail = (body?.errors ?? [])
    .map((entry) => `${entry.error ?? 'Error'}: ${entry.message ?? ''}`.trim())
    .join('; ')
    .slice(0, 300);
  const permanent = status >= 400 && status < 500 && status !== 429 && status !== 408;
  return new DeliveryError(`Notify ${status}${detail ? ` ${detail}` : ''}`, permanent);
}
