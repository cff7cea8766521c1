import type { StaffMember } from '@ipc/config';
import { findStepAnswer, forgetStepNarrative, saveStepNarrative, type StepTimeline } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { problems } from '../problem/problem.exception';
import { todayInLondon } from './calendar-date.validator';
import { idempotencyKeyReused } from './idempotency-key';

/** The step a workflow receives: codes, ids, dates and amounts, never free text. */
export interface CaseStepDecision<Name extends string, Payload> {
  name: Name;
  requestId: string;
  actor: { staffId: string; teamId: string };
  effectiveDate: string;
  payload: Payload;
}

/** One care-team step for a durable case (a person's journey, a carer's), and how to deliver it. */
export interface CaseStepRequest<Name extends string, Payload, View> {
  dataSource: DataSource;
  timeline: StepTimeline;
  ownerId: string;
  staff: StaffMember;
  name: Name;
  content: { payload: Payload; narrative: object };
  effectiveDate?: string;
  idempotencyKey: string;
  /** The earliest date a step may carry, and what it is (the referral date...). */
  notBefore: { date: string; what: string };
  send(decision: CaseStepDecision<Name, Payload>): Promise<View>;
  /** The workflow's definitive refusal of the step (409 or 400), if that is what the error is. */
  refusal(error: unknown): Promise<Error | undefined>;
  /** A 503 when the workflow did not answer in time, if that is what the error is. */
  notAnswering(error: unknown): Error | undefined;
}

export type CaseStepOutcome<View> = { outcome: 'accepted' | 'repeated'; view: View };

/**
 * Sends one care-team step to a case's workflow. The narrative is stored first under the request
 * id, the decision goes to the workflow as an update with that id, and the workflow's answer comes
 * back. A repeated request id returns the first answer without touching anything; a refused step
 * leaves no narrative behind.
 */
export async function sendCaseStep<Name extends string, Payload, View>(
  request: CaseStepRequest<Name, Payload, View>,
): Promise<CaseStepOutcome<View>> {
  const { dataSource, timeline, ownerId } = request;
  const requestId = request.idempotencyKey;
  const earlier = await findStepAnswer<View>(dataSource.manager, timeline, ownerId, requestId);
  if (earlier) {
    if (earlier.step !== request.name) throw idempotencyKeyReused(requestId, `the ${earlier.step} step`);
    return { outcome: 'repeated', view: earlier.stateAfter };
  }

  const effectiveDate = request.effectiveDate ?? todayInLondon();
  if (effectiveDate < request.notBefore.date) {
    throw problems.validation([
      { field: 'effectiveDate', reason: `must not be before ${request.notBefore.what} (${request.notBefore.date})` },
    ]);
  }
  await saveStepNarrative(dataSource.manager, timeline, ownerId, {
    requestId,
    step: request.name,
    text: request.content.narrative,
  });
  const { staffId, teamId } = request.staff;
  try {
    const view = await request.send({
      name: request.name,
      requestId,
      actor: { staffId, teamId },
      effectiveDate,
      payload: request.content.payload,
    });
    return { outcome: 'accepted', view };
  } catch (error) {
    const refused = await request.refusal(error);
    if (!refused) throw request.notAnswering(error) ?? error;
    await forgetStepNarrative(dataSource.manager, timeline, ownerId, requestId);
    throw refused;
  }
}
