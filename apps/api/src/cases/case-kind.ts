import type { AnyCarerStep, AnyJourneyStep, CarerView, JourneyView, StepActor } from '@ipc/domain';
import { CARER_TIMELINE, JOURNEY_TIMELINE, type StepTimeline } from '@ipc/persistence';
import { carerWorkflowId, journeyWorkflowId } from '@ipc/temporal';
import {
  carerQuery,
  carerWorkflow,
  journeyQuery,
  journeyWorkflow,
  recordCarerStepUpdate,
  recordStepUpdate,
} from '@ipc/workflows';
import type { QueryDefinition, UpdateDefinition } from '@temporalio/common';

export type CaseKindName = 'journey' | 'carer';

/** What every case's workflow answers carries: how many steps it has taken. */
export interface CaseView {
  sequence: number;
}

/** A step as a case's workflow receives it: codes, ids, dates and amounts, never free text. */
export interface CaseStep {
  name: string;
  requestId: string;
  actor: StepActor;
  effectiveDate: string;
  payload: unknown;
}

/**
 * A step as its feature builds it from a request (in a pure `*.steps.ts` function): the decision
 * the workflow needs and the narrative that stays in PostgreSQL, so no personal content reaches
 * Temporal. The sender adds who, when and the request id.
 */
export interface StepDraft<Step extends CaseStep> {
  name: Step['name'];
  payload: Step['payload'];
  narrative: Record<string, unknown>;
  /** Today (Europe/London) when the request gives none. */
  effectiveDate?: string;
}

/**
 * Everything that tells one kind of durable case from another (a person's journey, a carer's):
 * its workflow and how it is addressed, the update a step travels as and the query that reads it,
 * its tables, and how it is named in answers.
 */
export interface CaseKind<Step extends CaseStep = CaseStep, View = unknown, Input = never> {
  name: CaseKindName;
  /** The owner in a 404's title. */
  noun: 'Participant' | 'Carer';
  /** What answers when the workflow does not, in a 503. */
  workflowNoun: string;
  workflow: (input: Input) => Promise<View>;
  workflowId: (ownerId: string) => string;
  recordStep: UpdateDefinition<View, [Step]>;
  query: QueryDefinition<View>;
  timeline: StepTimeline;
  /** What the owner's opening date is, for the step dated before it. */
  openedOn: string;
}

export type JourneyCase = CaseKind<AnyJourneyStep, JourneyView, Parameters<typeof journeyWorkflow>[0]>;
export type CarerCase = CaseKind<AnyCarerStep, CarerView, Parameters<typeof carerWorkflow>[0]>;

export const journeyCase: JourneyCase = {
  name: 'journey',
  noun: 'Participant',
  workflowNoun: 'The journey',
  workflow: journeyWorkflow,
  workflowId: journeyWorkflowId,
  recordStep: recordStepUpdate,
  query: journeyQuery,
  timeline: JOURNEY_TIMELINE,
  openedOn: 'the referral date',
};

export const carerCase: CarerCase = {
  name: 'carer',
  noun: 'Carer',
  workflowNoun: "The carer's workflow",
  workflow: carerWorkflow,
  workflowId: carerWorkflowId,
  recordStep: recordCarerStepUpdate,
  query: carerQuery,
  timeline: CARER_TIMELINE,
  openedOn: 'the carer was identified',
};
