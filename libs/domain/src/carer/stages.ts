/**
 * Carers on the IPC pathway: unpaid family or friends, supported in their own right (Care Act 2014;
 * young carers under the Children Act 1989), whatever care, if any, they choose to give.
 */
export const CARER_KINDS = ['adult-carer', 'young-carer', 'parent-carer'] as const;
export type CarerKind = (typeof CARER_KINDS)[number];

export const CARER_STAGES = [
  'identified',
  'assessment-offered',
  'assessed',
  'assessment-declined',
  'support-planned',
  'closed',
] as const;
export type CarerStage = (typeof CARER_STAGES)[number];

export const CARER_STEPS = [
  'assessment-offer',
  'assessment',
  'support-plan',
  'carer-budget',
  'review',
  'school-move',
  'closure',
] as const;
export type CarerStepName = (typeof CARER_STEPS)[number];

/**
 * What the carer is to a person they care for (a grandchild caring for a grandparent is
 * `grandchild`): a code, so figures can count it. Codes are only ever added, so stored links still read.
 */
export const CARER_RELATIONSHIPS = [
  'parent',
  'step-parent',
  'child',
  'step-child',
  'spouse-or-partner',
  'sibling',
  'grandparent',
  'grandchild',
  'aunt-or-uncle',
  'niece-or-nephew',
  'in-law',
  'other-relative',
  'friend',
  'neighbour',
  'other',
] as const;
export type CarerRelationship = (typeof CARER_RELATIONSHIPS)[number];

export const ASSESSMENT_METHODS = ['face-to-face', 'telephone', 'online', 'supported-self-assessment'] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

export const CARER_ASSESSMENT_OUTCOMES = ['completed', 'declined'] as const;
export type CarerAssessmentOutcome = (typeof CARER_ASSESSMENT_OUTCOMES)[number];

/** How much care, if any, the carer chooses to give: asked at assessment and at each review. */
export const CARING_CHOICES = ['willing-to-continue', 'willing-to-give-less', 'not-willing'] as const;
export type CaringChoice = (typeof CARING_CHOICES)[number];

/** A review records what happens next; a revision or reassessment then follows as its own step. */
export const CARER_REVIEW_OUTCOMES = ['continued', 'plan-revision-needed', 'reassessment-needed'] as const;
export type CarerReviewOutcome = (typeof CARER_REVIEW_OUTCOMES)[number];

/**
 * Whether a school move is a phase transfer under an EHC plan, which moves its deadline: the plan
 * is amended by 15 February of the move's year, or 31 March from secondary school to post-16.
 */
export const EHC_PLAN_TRANSFERS = ['none', 'between-phases', 'secondary-to-post-16'] as const;
export type EhcPlanTransfer = (typeof EHC_PLAN_TRANSFERS)[number];

export const CARER_CLOSURE_REASONS = [
  'no-longer-caring',
  'cared-for-person-died',
  'needs-met',
  'moved-away',
  'withdrew',
  'died',
] as const;
export type CarerClosureReason = (typeof CARER_CLOSURE_REASONS)[number];

export const CARER_TRANSITION_KINDS = [
  'turning-18-transition-assessment',
  'school-move',
  'child-turning-14',
  'child-turning-18',
  'annual-health-check',
] as const;
export type CarerTransitionKind = (typeof CARER_TRANSITION_KINDS)[number];

/** Days ahead of a transition point that it is noticed, unless the site configures otherwise. */
export const DEFAULT_CARER_TRANSITION_LEAD_DAYS = 90;
/** A carer's lead time is at most two years: earlier than that nothing useful can be prepared. */
export const MAX_CARER_TRANSITION_LEAD_DAYS = 730;
