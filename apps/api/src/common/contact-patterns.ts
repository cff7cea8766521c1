/** An ISO 639 language code, optionally with a region or script (en, cy, pa-Guru). */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/** A UK number (07..., 01..., 02...) or an international one (+...), spaces, brackets and dashes allowed. */
export const PHONE_NUMBER = /^(\+[1-9][\d ()-]{7,18}\d|0[\d ()-]{8,14}\d)$/;

/** The address each channel needs: a message cannot go by email without an email address. */
const CHANNEL_ADDRESS = { email: 'email', sms: 'phone', letter: 'postalAddress' } as const;

/** The field a preferred channel needs but the contact lacks, if any (the outbox needs none). */
export function missingChannelAddress(
  channel: string,
  contact: { email?: string; phone?: string; postalAddress?: object },
): string | undefined {
  const field = CHANNEL_ADDRESS[channel as keyof typeof CHANNEL_ADDRESS];
  return field && contact[field] === undefined ? field : undefined;
}
