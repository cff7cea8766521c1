import { Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { type CaseOwner, type OwnerForStep, TimelineRepository } from '@ipc/persistence';
import { todayInLondon } from '../common/calendar-date.validator';
import { caseNeedsRecovery } from '../common/case-recovery';
import { idempotencyKeyReused } from '../common/idempotency-key';
import { isUuid } from '../common/uuid';
import { ApiMetrics } from '../metrics/metrics';
import type { CaseKind, CaseStep, CaseView, StepDraft } from './case-kind';
import { caseNotFound, illegalStep, stepBeforeOpening } from './case.errors';
import { CaseWorkflowClient } from './case-workflow.client';

/**
 * Sends one care-team step to a case's workflow, journeys and carers alike. The narrative is stored
 * first under the request id, the decision goes to the workflow as an update with that id, and the
 * workflow's answer comes back. A repeated request id returns the first answer once the workflow
 * is known to have taken it (else it is sent again under the same id); a refused step leaves no
 * narrative behind.
 */
@Injectable()
export class CaseStepsService {
  constructor(
    private readonly timelines: TimelineRepository,
    private readonly workflows: CaseWorkflowClient,
    private readonly metrics: ApiMetrics,
  ) {}

  async send<Step extends CaseStep, View extends CaseView, Input>(
    kind: CaseKind<Step, View, Input>,
    staff: StaffMember,
    ownerId: string,
    draft: StepDraft<Step>,
    requestId: string,
  ): Promise<View> {
    const owner = await this.ownerFor<View>(kind, staff, ownerId, requestId);
    const { earlier } = owner;
    if (earlier) {
      if (earlier.step !== draft.name) throw idempotencyKeyReused(requestId, `the ${earlier.step} step`);
      // The record is written inside the workflow task that takes the step, so a Temporal server that
      // dies before storing that task leaves a record its workflow never took: the step goes again.
      if (await this.workflows.hasTaken(kind, owner.id, earlier.stateAfter)) return earlier.stateAfter;
    }

    const effectiveDate = draft.effectiveDate ?? todayInLondon();
    if (effectiveDate < owner.openedOn) throw stepBeforeOpening(kind, owner.openedOn);
    await this.timelines.saveNarrative(kind.timeline, owner.id, { requestId, step: draft.name, text: draft.narrative });
    const { staffId, teamId } = staff;
    // The draft was built for one step of this kind; name and payload travel together unchanged.
    const step = {
      name: draft.name,
      requestId,
      actor: { staffId, teamId },
      effectiveDate,
      payload: draft.payload,
    } as Step;
    const delivery = await this.workflows.sendStep(kind, owner.id, step);
    if (delivery.outcome === 'accepted') {
      this.metrics.caseSteps[kind.name].inc({ step: draft.name, outcome: 'accepted' });
      return delivery.view;
    }

    const refusal =
      delivery.outcome === 'refused' ? delivery.problem : await this.refusalWithoutWorkflow(kind, owner, draft.name);
    await this.timelines.forgetNarrative(kind.timeline, owner.id, requestId);
    this.metrics.caseSteps[kind.name].inc({ step: draft.name, outcome: 'refused' });
    throw refusal;
  }

  /** The owner, if it exists and belongs to the staff member's site (404 otherwise), with the request's earlier answer. */
  private async ownerFor<View>(
    kind: CaseKind,
    staff: StaffMember,
    ownerId: string,
    requestId: string,
  ): Promise<OwnerForStep<View>> {
    const owner = isUuid(ownerId)
      ? await this.timelines.findOwner<View>(kind.timeline, ownerId, staff.siteId, requestId)
      : undefined;
    if (!owner) throw caseNotFound(kind);
    return owner;
  }

  /** With no workflow to ask, a closed case refuses every step (409) and an open one needs recovery (503). */
  private async refusalWithoutWorkflow(kind: CaseKind, owner: CaseOwner, step: string) {
    const stage = (await this.timelines.stageOf(kind.timeline, owner.id)) ?? owner.stage;
    return stage === 'closed' ? illegalStep(kind, step, stage, []) : caseNeedsRecovery(kind.name, owner.id);
  }
}
