import type { InformationFormat } from '../journey/stages';

/**
 * The four subsets in which the NHS Accessible Information Standard (DCB1605) asks a person's
 * information and communication needs to be recorded. Our codes name one need each; the SNOMED CT
 * concept the standard's subset gives it is for the day records are exchanged, not stored here.
 */
export const COMMUNICATION_NEED_CATEGORIES = [
  'contact-method',
  'information-format',
  'communication-professional',
  'communication-support',
] as const;
export type CommunicationNeedCategory = (typeof COMMUNICATION_NEED_CATEGORIES)[number];

/** Each need's code, its subset and, for a format, the information format our letters and statements take. */
const NEEDS = {
  // Specific contact method: how the person can be reached (some people with hearing loss cannot phone).
  'contact-by-email': { category: 'contact-method' },
  'contact-by-text-message': { category: 'contact-method' },
  'contact-by-letter': { category: 'contact-method' },
  'contact-by-text-relay': { category: 'contact-method' },
  'contact-via-carer': { category: 'contact-method' },
  // Specific information format: what written information must come as.
  'large-print': { category: 'information-format', format: 'large-print' },
  'easy-read': { category: 'information-format', format: 'easy-read' },
  braille: { category: 'information-format', format: 'braille' },
  audio: { category: 'information-format', format: 'audio' },
  'bsl-video': { category: 'information-format' },
  'electronic-accessible-document': { category: 'information-format' },
  // Communication professional: someone who must be booked for a conversation.
  'bsl-interpreter': { category: 'communication-professional' },
  'sign-supported-english-interpreter': { category: 'communication-professional' },
  'deafblind-manual-interpreter': { category: 'communication-professional' },
  lipspeaker: { category: 'communication-professional' },
  'speech-to-text-reporter': { category: 'communication-professional' },
  notetaker: { category: 'communication-professional' },
  // Communication support: what the conversation itself needs.
  'hearing-loop': { category: 'communication-support' },
  'communication-aid': { category: 'communication-support' },
  'clear-face-to-face-speech': { category: 'communication-support' },
  'longer-appointment': { category: 'communication-support' },
  'advocate-to-support-communication': { category: 'communication-support' },
} as const satisfies Record<string, { category: CommunicationNeedCategory; format?: InformationFormat }>;

export type CommunicationNeed = keyof typeof NEEDS;
export const COMMUNICATION_NEEDS = Object.keys(NEEDS) as CommunicationNeed[];

export function communicationNeedCategory(need: CommunicationNeed): CommunicationNeedCategory {
  return NEEDS[need].category;
}

/**
 * The information format a person's recorded needs ask for (the first format need that our letters
 * and statements can produce), or null when they record none: the caller's fallback applies.
 */
export function informationFormatOfNeeds(needs: readonly string[]): InformationFormat | null {
  for (const need of needs) {
    const entry = NEEDS[need as CommunicationNeed] as { format?: InformationFormat } | undefined;
    if (entry?.format) return entry.format;
  }
  return null;
}
