import { informationFormatOfNeeds } from './communication-needs';
import type { InformationFormat } from '../journey/stages';
import type { ReminderChannel } from '../reminders';

/** A GP practice's ODS code: one letter and five digits (B82005). */
export const GP_PRACTICE_ODS_CODE = /^[A-Z]\d{5}$/;

/** A UK postcode, with or without its space (GOV.UK Notify checks letters against the same). */
export const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;

/** A postcode as it is compared: capitals, no spaces (`ls1 4ab` and `LS14AB` are one place). */
export function postcodeKey(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

export const PHONE_USES = ['mobile', 'home', 'work', 'other'] as const;
export type PhoneUse = (typeof PHONE_USES)[number];

/** What a person's details say about reaching them, as the reminder and statement code reads it. */
export interface ReachableDetails {
  email: string | null;
  phones: { use: string; number: string }[];
  postalAddress: { lines: string[]; postcode: string } | null;
  mainLanguage: string | null;
  communicationNeeds: string[];
}

/** How a reminder reaches someone: the channel, its address and the format and language to write in. */
export interface ReminderContact {
  channel: string;
  email: string | null;
  phone: string | null;
  postalAddress: { lines: string[]; postcode: string } | null;
  format: string;
  language: string;
}

/** The channel a person's details make possible when no preference is recorded: email, then a mobile, then post. */
function channelFromDetails(details: ReachableDetails): ReminderChannel | null {
  if (details.email) return 'email';
  if (details.phones.some((phone) => phone.use === 'mobile')) return 'sms';
  if (details.postalAddress) return 'letter';
  return null;
}

/**
 * One source for format and language: the person's details, where they record them, over the
 * contact preferences (which keep them for people recorded before details, and for coordinators).
 * The channel is the preference's; with none recorded, the first the details have an address for,
 * so a reminder never fails for want of preferences when an address is known. Null: no way to reach.
 */
export function reminderContact(
  preferences: ReminderContact | null,
  details: ReachableDetails | null,
): ReminderContact | null {
  if (!details) return preferences;
  const channel = preferences?.channel ?? channelFromDetails(details);
  if (!channel) return null;
  const mobile = details.phones.find((phone) => phone.use === 'mobile') ?? details.phones[0];
  return {
    channel,
    email: preferences?.email ?? details.email,
    phone: preferences?.phone ?? mobile?.number ?? null,
    postalAddress: preferences?.postalAddress ?? details.postalAddress,
    format: informationFormatOfNeeds(details.communicationNeeds) ?? preferences?.format ?? 'standard',
    language: details.mainLanguage ?? preferences?.language ?? 'en',
  };
}

/** The format a statement is printed in: the person's recorded needs first, then what the offer step recorded. */
export function statementFormat(
  communicationNeeds: readonly string[] | null,
  offered: InformationFormat | null,
): InformationFormat {
  return (communicationNeeds && informationFormatOfNeeds(communicationNeeds)) ?? offered ?? 'standard';
}

/**
 * A search query that is an NHS number (ten digits, spaces or dashes allowed) as its ten digits;
 * null for anything else (a name).
 */
export function nhsNumberQuery(query: string): string | null {
  const digits = query.replace(/[\s-]/g, '');
  return /^\d{10}$/.test(digits) ? digits : null;
}
