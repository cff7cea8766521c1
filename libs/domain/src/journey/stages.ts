/** Where a person is on the IPC pathway. Review stages join with the reviews issue. */
export const JOURNEY_STAGES = [
  'referred',
  'awaiting-consent',
  'identified',
  'offered',
  'community-follow-up',
  'activation',
  'planning',
  'plan-agreed',
  'delivery',
  'closed',
] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

export const JOURNEY_STEPS = [
  'identification',
  'offer',
  'guided-conversation',
  'activation',
  'care-plan',
  'care-plan-agreement',
  'indicative-budget',
  'budget',
  'budget-decline',
  'direct-payment-withdrawal',
  'review',
  'review-request',
  'follow-up',
  'closure',
  // Corrections of what was recorded: never among a stage's allowed steps, checked by their own rules.
  'amendment',
  'entered-in-error',
  'reopen',
] as const;
export type JourneyStepName = (typeof JOURNEY_STEPS)[number];

export const CLOSURE_REASONS = [
  'not-eligible',
  'needs-met',
  'moved-away',
  'withdrew',
  'died',
  'no-longer-eligible',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** Reasons staff may choose; `not-eligible` is recorded by the identification step itself. */
export const STAFF_CLOSURE_REASONS = CLOSURE_REASONS.filter((reason) => reason !== 'not-eligible');

export const INFORMATION_FORMATS = [
  'standard',
  'easy-read',
  'large-print',
  'audio',
  'braille',
  'other-language',
] as const;
export type InformationFormat = (typeof INFORMATION_FORMATS)[number];

export const ADVOCACY_RESPONSES = ['offered', 'accepted', 'declined'] as const;
export type AdvocacyResponse = (typeof ADVOCACY_RESPONSES)[number];

export const PEER_SUPPORT_KINDS = ['one-to-one', 'group', 'online'] as const;
export type PeerSupportKind = (typeof PEER_SUPPORT_KINDS)[number];

export const CONVERSATION_OUTCOMES = ['community-connecting', 'care-planning'] as const;
export type ConversationOutcome = (typeof CONVERSATION_OUTCOMES)[number];

/** What a light-touch follow-up found: still fine (followed up again later), needs planning after all, or closed. */
export const FOLLOW_UP_OUTCOMES = ['still-fine', 'needs-planning', 'closed'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];
