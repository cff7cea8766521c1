import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type StaffMember } from '@ipc/config';
import {
  assertStepAccepted,
  CorrectionRefusedError,
  type JourneyStep,
  type JourneyView,
  RecordDisagreesError,
  StepRuleError,
} from '@ipc/domain';
import { type CaseOwner, ParticipantsRepository, TimelineRepository } from '@ipc/persistence';
import { type AmendedEntry, amendedTimeline, CORRECTION_ENTRIES, datedEntries } from '../cases/amended-timeline';
import { type CaseKind, journeyCase } from '../cases/case-kind';
import { caseNotFound, correctionRefused, stepRuleBroken } from '../cases/case.errors';
import { CaseStepsService } from '../cases/case-steps.service';
import { CaseWorkflowClient } from '../cases/case-workflow.client';
import { todayInLondon } from '../common/calendar-date.validator';
import { pick } from '../common/pick';
import { isUuid } from '../common/uuid';
import { problems } from '../problem/problem.exception';
import { CaseRecoveryService } from '../recovery/case-recovery.service';
import type { AmendmentDto, CorrectionReasonDto } from './dto/amendment.dto';

/** How long a reopened journey's first answer is waited for before the workflow is asked instead. */
const REOPEN_RECORD_WAIT_MS = 10_000;

const entryNotFound = () => problems.notFound('Timeline entry');

/**
 * Corrections of what a case recorded: an amended narrative or effective date (the original kept
 * beside it), a step entered in error (the journey steps back, if its workflow says it can), and a
 * journey closed in error reopened within the configured days. Nothing is removed: each correction
 * is recorded beside what it corrects. Free text (reasons, corrected narratives) stays in
 * PostgreSQL; the workflow gets the dates and sequence numbers it needs.
 */
@Injectable()
export class CorrectionsService {
  constructor(
    private readonly timelines: TimelineRepository,
    private readonly steps: CaseStepsService,
    private readonly workflows: CaseWorkflowClient,
    private readonly recovery: CaseRecoveryService,
    @Inject(ParticipantsRepository) private readonly participants: ParticipantsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Amends a step's narrative (any case, closed ones too: it stays in PostgreSQL) and, for a journey,
   * its effective date (through the workflow, which holds the dates the stage and reminders follow).
   */
  async amend(kind: CaseKind, staff: StaffMember, ownerId: string, entryId: string, dto: AmendmentDto, key: string) {
    const owner = await this.ownerFor(kind, staff, ownerId);
    const timeline = await this.timelineOf(kind, owner.id);
    const entry = amendableEntry(timeline, entryId);
    if (dto.effectiveDate === undefined && dto.narrative === undefined) {
      throw problems.validation([
        { field: 'narrative', reason: 'give the corrected narrative, effectiveDate, or both' },
      ]);
    }
    const written = dto.narrative && (await this.timelines.narrativeOf(kind.timeline, owner.id, entry.sequence));
    const narrative = dto.narrative && narrativeChange(entry, written ?? {}, dto.narrative);
    if (dto.effectiveDate !== undefined && dto.effectiveDate !== entry.effectiveDate) {
      if (kind.name !== 'journey') {
        throw stepRuleBroken('effectiveDate', "a carer's step takes narrative amendments only");
      }
      await this.amendDate(
        owner,
        timeline,
        entry,
        { reason: dto.reason, effectiveDate: dto.effectiveDate },
        staff,
        key,
      );
    }
    if (narrative && Object.keys(narrative.amended).length > 0) {
      await this.timelines.addAmendment(kind.timeline, owner.id, {
        requestId: key,
        sequence: entry.sequence,
        field: 'narrative',
        ...narrative,
        reason: dto.reason,
        amendedBy: staff.staffId,
      });
    }
    const amended = (await this.timelineOf(kind, owner.id)).find((found) => found.sequence === entry.sequence);
    return amended ?? entry;
  }

  /** The date goes to the journey with its neighbours' dates from the record; once accepted, the amendment is kept. */
  private async amendDate(
    owner: CaseOwner,
    timeline: AmendedEntry[],
    entry: AmendedEntry,
    dto: { reason: string; effectiveDate: string },
    staff: StaffMember,
    key: string,
  ) {
    const dated = datedEntries(timeline);
    const at = dated.findIndex((found) => found.sequence === entry.sequence);
    const lastStageMove = timeline.filter((found) => found.fromStage !== found.toStage).at(-1);
    await this.steps.send(
      journeyCase,
      staff,
      owner.id,
      {
        name: 'amendment',
        payload: {
          sequence: entry.sequence,
          step: entry.step,
          originalDate: entry.effectiveDate,
          amendedDate: dto.effectiveDate,
          previousStepOn: dated[at - 1]?.effectiveDate ?? owner.openedOn,
          nextStepOn: dated[at + 1]?.effectiveDate ?? null,
          entersCurrentStage: lastStageMove?.sequence === entry.sequence,
        },
        narrative: { reason: dto.reason },
      },
      key,
    );
    await this.timelines.addAmendment(journeyCase.timeline, owner.id, {
      requestId: key,
      sequence: entry.sequence,
      field: 'effective-date',
      original: entry.effectiveDate,
      amended: dto.effectiveDate,
      reason: dto.reason,
      amendedBy: staff.staffId,
    });
  }

  /** Marks a step entered in error; the journey decides whether it can step back (409 with its reason). */
  async enterInError(
    staff: StaffMember,
    participantId: string,
    entryId: string,
    dto: CorrectionReasonDto,
    key: string,
  ) {
    const owner = await this.ownerFor(journeyCase, staff, participantId);
    const entry = amendableEntry(await this.timelineOf(journeyCase, owner.id), entryId);
    if (entry.enteredInError)
      throw correctionRefused('entered-in-error', 'the step is already marked entered in error');
    return this.steps.send(
      journeyCase,
      staff,
      owner.id,
      { name: 'entered-in-error', payload: { sequence: entry.sequence }, narrative: { reason: dto.reason } },
      key,
    );
  }

  /**
   * Reopens a journey closed in error, within the configured days of its closure, at the stage it
   * was closed from. Closure ends the journey's workflow, so the journey is rebuilt from its record
   * (as recovery does) and a new run of the same workflow starts from it with the reopening step.
   */
  async reopen(staff: StaffMember, participantId: string, dto: CorrectionReasonDto, key: string): Promise<JourneyView> {
    const owner = await this.ownerFor(journeyCase, staff, participantId);
    const earlier = await this.timelines.findAnswer<JourneyView>(journeyCase.timeline, owner.id, key);
    if (earlier) return earlier.stateAfter;
    if (owner.stage !== 'closed') throw correctionRefused('reopen', 'the journey is not closed');
    const participant = await this.participants.findAtSite(staff.siteId, owner.id);
    const open = participant && (await this.participants.findOpenByNhsNumber(staff.siteId, participant.nhsNumber));
    if (open) throw correctionRefused('reopen', `the person has an open journey since (${open.id})`);

    const closed = await this.rebuilt(owner.id);
    const step: JourneyStep<'reopen'> = {
      name: 'reopen',
      requestId: key,
      actor: { staffId: staff.staffId, teamId: staff.teamId },
      effectiveDate: todayInLondon(),
      payload: { withinDays: this.config.journeys.reopenWithinDays },
    };
    try {
      assertStepAccepted(closed, step);
    } catch (error) {
      if (error instanceof CorrectionRefusedError) throw correctionRefused('reopen', error.reason);
      if (error instanceof StepRuleError) throw stepRuleBroken(error.field, error.reason);
      throw error;
    }
    await this.timelines.saveNarrative(journeyCase.timeline, owner.id, {
      requestId: key,
      step: 'reopen',
      text: { reason: dto.reason },
    });
    await this.workflows.start(journeyCase, owner.id, { reopen: { closed, step } });
    return this.reopenedAnswer(owner.id, key);
  }

  private async rebuilt(participantId: string) {
    try {
      return await this.recovery.rebuiltJourney(participantId);
    } catch (error) {
      if (error instanceof RecordDisagreesError) throw correctionRefused('reopen', error.message);
      throw error;
    }
  }

  /** The reopening as recorded, once the new run's activity has written it; until then, as the run holds it. */
  private async reopenedAnswer(participantId: string, key: string): Promise<JourneyView> {
    const deadline = Date.now() + REOPEN_RECORD_WAIT_MS;
    while (Date.now() < deadline) {
      const recorded = await this.timelines.findAnswer<JourneyView>(journeyCase.timeline, participantId, key);
      if (recorded) return recorded.stateAfter;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return this.workflows.query(journeyCase, participantId);
  }

  private async ownerFor(kind: CaseKind, staff: StaffMember, ownerId: string): Promise<CaseOwner> {
    const owner = isUuid(ownerId) ? await this.timelines.findOwner(kind.timeline, ownerId, staff.siteId) : undefined;
    if (!owner) throw caseNotFound(kind);
    return owner;
  }

  private async timelineOf(kind: CaseKind, ownerId: string) {
    const [entries, amendments] = await Promise.all([
      this.timelines.steps(kind.timeline, ownerId),
      this.timelines.amendments(kind.timeline, ownerId),
    ]);
    return amendedTimeline(entries, amendments);
  }
}

/** The entry a correction is about: a recorded step, not the case's opening entry nor another correction. */
function amendableEntry(timeline: AmendedEntry[], entryId: string): AmendedEntry {
  const sequence = /^\d{1,9}$/.test(entryId) ? Number(entryId) : Number.NaN;
  const entry = timeline.find((found) => found.sequence === sequence);
  if (!entry) throw entryNotFound();
  if (entry.sequence === 0 || CORRECTION_ENTRIES.includes(entry.step)) {
    throw correctionRefused('amendment', `entry ${entry.sequence} (${entry.step}) is not a step that can be corrected`);
  }
  return entry;
}

/**
 * The narrative fields an amendment changes: only fields the step's narrative has (400 naming any
 * other: the decision the workflow received is corrected by stepping back, not by amendment), each
 * with what it said before. Fields given unchanged are left out.
 */
function narrativeChange(entry: AmendedEntry, written: Record<string, unknown>, narrative: Record<string, unknown>) {
  const unknown = Object.keys(narrative).filter((field) => !(field in written));
  if (unknown.length) {
    throw problems.validation(
      unknown.map((field) => ({ field: `narrative.${field}`, reason: `the ${entry.step} step wrote no such field` })),
    );
  }
  const changed = Object.keys(narrative).filter(
    (field) => JSON.stringify(narrative[field]) !== JSON.stringify(entry.details[field]),
  );
  return { original: pick(entry.details, changed), amended: pick(narrative, changed) };
}
