import { loadConfig } from './app-config';
import { ConfigError } from './config-error';

const TEMPLATE = {
  purpose: 'review-due',
  channel: 'email',
  format: 'easy-read',
  language: 'cy',
  templateId: '6d7e2c1a-4a7b-4f57-9a43-0f7c1e2b9a10',
};
const KEY = 'ipc_live-0f0e7c3a-6a0b-4d0c-9d43-6b1c0f7e2a11-7a2f1b3c-9d4e-4f5a-8b6c-1d2e3f4a5b6c';

describe('reminder configuration', () => {
  it('should run with nothing set: no Notify key (outbox), 5 attempts, 30 s back-off, leads of 28 and 7 days', () => {
    const { reminders } = loadConfig({});
    expect(reminders).toMatchObject({
      notify: { baseUrl: 'https://api.notifications.service.gov.uk', apiKey: undefined, templates: [] },
      smtp: undefined,
      attempts: 5,
      backoffMs: 30_000,
      leadDays: [28, 7],
      escalationAfterDays: 7,
      outboxDir: '.data/outbox',
    });
    expect(reminders.rateLimits.max).toEqual({ email: 25, sms: 20, letter: 5, outbox: 1000 });
  });

  it('should read Notify, SMTP, templates and lead times from the environment', () => {
    const { reminders } = loadConfig({
      NOTIFY_BASE_URL: 'http://127.0.0.1:9999',
      NOTIFY_API_KEY: KEY,
      NOTIFY_TEMPLATES: JSON.stringify([TEMPLATE]),
      SMTP_URL: 'smtp://mail.example:25',
      REMINDER_LEAD_DAYS: '7,56,28,7',
      REMINDER_RATE_SMS: '5',
    });
    expect(reminders.notify).toEqual({ baseUrl: 'http://127.0.0.1:9999', apiKey: KEY, templates: [TEMPLATE] });
    expect(reminders.smtp?.url).toBe('smtp://mail.example:25');
    expect(reminders.leadDays).toEqual([56, 28, 7]);
    expect(reminders.rateLimits.max.sms).toBe(5);
  });

  it.each([
    ['NOTIFY_API_KEY', { NOTIFY_API_KEY: 'not-a-key' }],
    ['NOTIFY_TEMPLATES', { NOTIFY_TEMPLATES: '{oops' }],
    ['NOTIFY_TEMPLATES', { NOTIFY_TEMPLATES: JSON.stringify([{ ...TEMPLATE, purpose: 'birthday' }]) }],
    ['NOTIFY_TEMPLATES', { NOTIFY_TEMPLATES: JSON.stringify([{ ...TEMPLATE, templateId: 'x' }]) }],
    ['SMTP_URL', { SMTP_URL: 'http://mail.example' }],
    ['REMINDER_ATTEMPTS', { REMINDER_ATTEMPTS: '0' }],
    ['REMINDER_LEAD_DAYS', { REMINDER_LEAD_DAYS: '28;7' }],
  ])('should refuse a bad %s, naming it', (name, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
