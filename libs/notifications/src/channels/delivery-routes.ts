import type { ReminderConfig } from '@ipc/config';
import { daysBetween, londonDate } from '@ipc/domain';
import type { DeliveryRoute, ReminderForDelivery } from '@ipc/persistence';
import type { TemplateRegistry } from '../templates/template-registry';
import { type DeliveryChannel, DeliveryError, type ReminderMessage } from './delivery-channel';
import { NotifyChannel } from './notify-channel';
import { OutboxChannel } from './outbox-channel';
import { SmtpChannel } from './smtp-channel';

export interface RoutedReminder {
  route: DeliveryRoute;
  channel: DeliveryChannel;
  message: ReminderMessage;
}

/**
 * Which way out each reminder takes. Email goes to Notify when an API key is configured, else to
 * SMTP when a server is, else to the outbox; SMS and letters go to Notify or the outbox. The
 * person's channel, format and language come from their contact preferences.
 */
export class DeliveryRoutes {
  private readonly notify?: NotifyChannel;
  private readonly smtp?: SmtpChannel;
  private readonly outbox: OutboxChannel;

  constructor(
    config: ReminderConfig,
    private readonly templates: TemplateRegistry,
  ) {
    const { notify, smtp } = config;
    if (notify.apiKey) {
      this.notify = new NotifyChannel({
        baseUrl: notify.baseUrl,
        apiKey: notify.apiKey,
        timeoutMs: config.providerTimeoutMs,
      });
    }
    if (smtp) this.smtp = new SmtpChannel({ url: smtp.url, from: smtp.from, timeoutMs: config.providerTimeoutMs });
    this.outbox = new OutboxChannel(config.outboxDir);
  }

  /**
   * The route for a reminder sent on `today`, or a permanent DeliveryError saying why there is none.
   * The message counts the days left from the day it goes, so a late reminder never says "in 28 days".
   */
  routeFor(reminder: ReminderForDelivery, today: string = londonDate(new Date())): RoutedReminder {
    const contact = reminder.contact;
    if (!contact) throw new DeliveryError('no contact preferences recorded for the recipient', true);
    const personChannel = contact.channel as ReminderMessage['channel'];
    const channel = this.channelFor(personChannel);
    const templateId = this.templateFor(reminder, channel, personChannel, contact.format, contact.language);
    return {
      channel,
      route: { channel: personChannel, provider: channel.provider, templateId },
      message: {
        reminderId: reminder.id,
        recipientType: reminder.recipientType as ReminderMessage['recipientType'],
        caseReference: reminder.recipientType === 'coordinator' ? (reminder.participantId ?? reminder.carerId) : null,
        purpose: reminder.purpose,
        topic: reminder.topic,
        dueDate: reminder.dueDate,
        leadDays: reminder.leadDays,
        daysBefore: daysBetween(today, reminder.dueDate),
        channel: personChannel,
        templateId,
        format: contact.format,
        language: contact.language,
        email: contact.email,
        phone: contact.phone,
        postalAddress: contact.postalAddress,
      },
    };
  }

  async close(): Promise<void> {
    await Promise.all([this.notify?.close(), this.smtp?.close(), this.outbox.close()]);
  }

  private channelFor(personChannel: ReminderMessage['channel']): DeliveryChannel {
    if (personChannel === 'outbox') return this.outbox;
    if (this.notify) return this.notify;
    if (personChannel === 'email' && this.smtp) return this.smtp;
    return this.outbox;
  }

  private templateFor(
    reminder: ReminderForDelivery,
    channel: DeliveryChannel,
    personChannel: string,
    format: string,
    language: string,
  ): string {
    const choice = { purpose: reminder.purpose, channel: personChannel, format, language };
    const templateId = this.templates.find(choice);
    if (templateId) return templateId;
    if (channel.provider === 'notify') {
      throw new DeliveryError(
        `no Notify template for ${reminder.purpose} by ${personChannel} (${format}, ${language})`,
        true,
      );
    }
    // SMTP and the outbox use the built-in wording; the id records which wording it was.
    return `local:${reminder.purpose}:${format}:${language}`.slice(0, 64);
  }
}
