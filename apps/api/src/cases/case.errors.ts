import { type ProblemException, problems } from '../problem/problem.exception';
import type { CaseKind } from './case-kind';

/** 404 for an owner that does not exist or belongs to another site: the two are not told apart. */
export const caseNotFound = (kind: CaseKind) => problems.notFound(kind.noun);

/** 409: the step is not one the case's current stage allows (the same problem type for every kind). */
export const illegalStep = (kind: CaseKind, step: string, stage: string, allowedSteps: string[]) =>
  problems.conflict(
    'illegal-step',
    'This step is not allowed at the current stage',
    `${step} is not allowed while the ${kind.name} is ${stage}; allowed now: ${allowedSteps.join(', ') || 'none'}`,
    { stage, allowedSteps },
  );

/** 400: the step's content breaks a rule of the domain, naming the field. */
export const stepRuleBroken = (field: string, reason: string): ProblemException =>
  problems.validation([{ field, reason }]);

/** 503: the workflow did not answer in time; the same key makes the retry harmless. */
export const caseNotAnswering = (kind: CaseKind) =>
  problems.unavailable(`${kind.workflowNoun} did not answer in time; retry with the same Idempotency-Key.`);

/** 400: a step dated before its case opened. */
export const stepBeforeOpening = (kind: CaseKind, openedOn: string) =>
  problems.validation([{ field: 'effectiveDate', reason: `must not be before ${kind.openedOn} (${openedOn})` }]);

/** 409: a correction the case cannot take, with the case's reason (not reversible, too late to reopen). */
export const correctionRefused = (correction: string, reason: string) =>
  problems.conflict('correction-refused', 'This correction cannot be made', reason, { correction });
