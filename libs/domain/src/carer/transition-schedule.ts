import { addDays } from '../review/calendar-arithmetic';
import { ageReachedOn, anniversaryOf, yearOf } from './carer-dates';
import type { CarerKind, CarerTransitionKind, EhcPlanTransfer } from './stages';

/**
 * Dates derived from dates of birth. The API works them out from Postgres and gives only these to
 * the carer's workflow: a date of birth is personal data and never enters a Temporal history.
 */
export interface CarerMilestones {
  /** A young carer's 18th birthday: the transition assessment is due by then. */
  turns18On: string | null;
  /** A parent carer's child: preparing for adulthood from 14, adult services at 18. */
  childTurns14On: string | null;
  childTurns18On: string | null;
}

export interface SchoolMove {
  movesOn: string;
  ehcPlanTransfer: EhcPlanTransfer;
}

/** A point in a carer's life to notice ahead of time: due on `dueOn`, reminded on `remindOn`. */
export interface CarerTransitionPoint {
  kind: CarerTransitionKind;
  dueOn: string;
  remindOn: string;
}

const KIND_ORDER: CarerTransitionKind[] = [
  'turning-18-transition-assessment',
  'child-turning-14',
  'child-turning-18',
  'school-move',
  'annual-health-check',
];

/** A transition point's identity: it is noticed at most once. */
export const carerTransitionKey = (point: { kind: CarerTransitionKind; dueOn: string }) =>
  `${point.kind}:${point.dueOn}`;

export function carerMilestones(carer: {
  kind: CarerKind;
  dateOfBirth: string;
  childDateOfBirth?: string | null;
}): CarerMilestones {
  const child = carer.kind === 'parent-carer' ? (carer.childDateOfBirth ?? null) : null;
  return {
    turns18On: carer.kind === 'young-carer' ? ageReachedOn(carer.dateOfBirth, 18) : null,
    childTurns14On: child && ageReachedOn(child, 14),
    childTurns18On: child && ageReachedOn(child, 18),
  };
}

/**
 * When a school move must be ready for: the move itself, or for a phase transfer under an EHC plan
 * the amendment deadline (15 February, or 31 March into post-16) of the move's year if that is sooner.
 */
export function schoolMoveDueOn(move: SchoolMove): string {
  const deadline =
    move.ehcPlanTransfer === 'between-phases'
      ? `${yearOf(move.movesOn)}-02-15`
      : move.ehcPlanTransfer === 'secondary-to-post-16'
        ? `${yearOf(move.movesOn)}-03-31`
        : move.movesOn;
  return deadline < move.movesOn ? deadline : move.movesOn;
}

/**
 * The next annual carer's health check: an anniversary of the date the carer was identified, after
 * the last one noticed (if any) and not before `notBefore`.
 */
export function nextCarerHealthCheckOn(identifiedOn: string, lastDueOn: string | null, notBefore: string): string {
  let years = Math.max(1, yearOf(notBefore) - yearOf(identifiedOn) - 1);
  for (;;) {
    const dueOn = anniversaryOf(identifiedOn, years);
    if (dueOn >= notBefore && (lastDueOn === null || dueOn > lastDueOn)) return dueOn;
    years += 1;
  }
}

/** Every transition point these dates give, earliest reminder first, each reminded `leadDays` ahead. */
export function carerTransitionPoints(input: {
  milestones: CarerMilestones;
  schoolMoves: SchoolMove[];
  healthCheckDueOn: string | null;
  leadDays: number;
}): CarerTransitionPoint[] {
  const { milestones, leadDays } = input;
  const due: [CarerTransitionKind, string | null][] = [
    ['turning-18-transition-assessment', milestones.turns18On],
    ['child-turning-14', milestones.childTurns14On],
    ['child-turning-18', milestones.childTurns18On],
    ...input.schoolMoves.map((move): [CarerTransitionKind, string] => ['school-move', schoolMoveDueOn(move)]),
    ['annual-health-check', input.healthCheckDueOn],
  ];
  return due
    .filter((entry): entry is [CarerTransitionKind, string] => entry[1] !== null)
    .map(([kind, dueOn]) => ({ kind, dueOn, remindOn: addDays(dueOn, -leadDays) }))
    .sort(
      (a, b) =>
        a.remindOn.localeCompare(b.remindOn) ||
        a.dueOn.localeCompare(b.dueOn) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
    );
}

/**
 * A carer's upcoming transition points from their records: the carer's and (for a parent carer) the
 * child's date of birth, the recorded school moves, the lead time and the date they were identified
 * (which anchors the annual health check). Upcoming means not yet due on `today`; a point whose
 * reminder date has passed but is still ahead is noticed at once.
 */
export function upcomingCarerTransitions(input: {
  kind: CarerKind;
  dateOfBirth: string;
  childDateOfBirth?: string | null;
  schoolMoves: SchoolMove[];
  leadDays: number;
  identifiedOn: string;
  today: string;
}): CarerTransitionPoint[] {
  return carerTransitionPoints({
    milestones: carerMilestones(input),
    schoolMoves: input.schoolMoves,
    healthCheckDueOn: nextCarerHealthCheckOn(input.identifiedOn, null, input.today),
    leadDays: input.leadDays,
  }).filter((point) => point.dueOn >= input.today);
}
