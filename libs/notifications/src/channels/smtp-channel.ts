import { createTransport } from 'nodemailer';
import { type DeliveryChannel, DeliveryError, type ReminderMessage } from './delivery-channel';
import { reminderWording } from './reminder-wording';

export interface SmtpChannelOptions {
  url: string;
  from: string;
  timeoutMs: number;
}

type SmtpFailure = Error & { responseCode?: number; code?: string; response?: string };

/**
 * Email through an SMTP server (nodemailer, pooled connections). The Message-ID is derived from the
 * reminder id, so a receiving system can recognise a repeat; SMTP itself cannot be asked what it
 * already accepted, so this channel is at-least-once (see the delivery processor).
 */
export class SmtpChannel implements DeliveryChannel {
  readonly provider = 'smtp' as const;
  private readonly transporter;

  constructor(options: SmtpChannelOptions) {
    this.transporter = createTransport(
      {
        url: options.url,
        pool: true,
        maxConnections: 5,
        connectionTimeout: options.timeoutMs,
        greetingTimeout: options.timeoutMs,
        socketTimeout: options.timeoutMs,
      },
      { from: options.from },
    );
  }

  async send(message: ReminderMessage): Promise<string> {
    if (message.channel !== 'email')
      throw new DeliveryError(`SMTP does not deliver the ${message.channel} channel`, true);
    if (!message.email) throw new DeliveryError('no email address recorded', true);
    const wording = reminderWording(message);
    try {
      const info = await this.transporter.sendMail({
        to: message.email,
        subject: wording.subject,
        text: wording.body,
        messageId: `<${message.reminderId}@reminders.ipc>`,
        headers: { 'X-IPC-Reminder-Id': message.reminderId, 'X-IPC-Template-Id': message.templateId },
      });
      return info.messageId;
    } catch (error) {
      throw smtpFailure(error as SmtpFailure);
    }
  }

  async findAccepted(): Promise<string | undefined> {
    return undefined;
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}

/** A 5xx reply is the server refusing the message for good; 4xx replies and connection errors are transient. */
function smtpFailure(error: SmtpFailure): DeliveryError {
  const code = error.responseCode;
  // Server replies can quote the recipient's address: keep the code and strip anything like an address.
  const reply = (error.response ?? error.message).replace(/<?[^\s<>]+@[^\s<>]+>?/g, '<recipient>').slice(0, 200);
  return new DeliveryError(`SMTP ${code ?? error.code ?? 'error'}: ${reply}`, code !== undefined && code >= 500);
}
