/**
 * Consent under information governance: what it covers (share data across health, social care and
 * education; link records; take part in the programme's evaluation), who gave or refused it, and
 * what withdrawing it means for the journey.
 */
export const CONSENT_SCOPES = ['share', 'link', 'evaluation'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** The person; a parent for a child; an attorney or deputy; a best-interests decision (Mental Capacity Act). */
export const CONSENT_GIVERS = ['person', 'parent', 'attorney', 'deputy', 'best-interests'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

export const CONSENT_DECISIONS = ['given', 'declined', 'withdrawn'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];

/** What follows for the journey when consent to a scope is withdrawn (or refused). */
export const WITHOUT_CONSENT: Record<ConsentScope, string> = {
  share: 'Sharing with partners in health, social care and education stops from this date.',
  link: 'Records are no longer linked across services from this date.',
  evaluation: 'The person leaves the evaluation extract from its next run.',
};
