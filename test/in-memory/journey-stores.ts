import { recordedEntryView } from './recorded-entry-view';
import type { StepAmendment } from '@ipc/persistence';
import { randomUUID } from 'node:crypto';
import {
  DEFAULT_REVIEW_RULES,
  type JourneyStepName,
  type JourneyView,
  type ResourceAllocation,
  type ReviewRule,
} from '@ipc/domain';
import type {
  BudgetsRepository,
  CarePlanEntity,
  CarePlansRepository,
  DueReview,
  JourneyRecordsRepository,
  JourneyStepRecords,
  JourneyTimelineEntry,
  NewReferral,
  NewSpendRecord,
  ParticipantEntity,
  ParticipantFilter,
  ParticipantPage,
  ReferralOutcome,
  ReviewsRepository,
  SpendRecordEntity,
  SpendRepository,
  StoredStatement,
} from '@ipc/persistence';
import type { StaffMember } from '@ipc/config';
import type { StepDraft } from '../../apps/api/src/cases/case-kind';
import type { CaseStepsService } from '../../apps/api/src/cases/case-steps.service';
import { type ParticipantRecords, ParticipantsService } from '../../apps/api/src/participants/participants.service';
import { journeyView } from '../factories/participant.factory';

/**
 * In-memory versions of the journey side's repositories, for service specs: they keep what they
 * are given and answer as the repositories do, with the same unique rules where a service relies on them.
 */
export class InMemoryParticipants implements ParticipantRecords {
  readonly rows: ParticipantEntity[] = [];
  readonly timelines = new Map<string, JourneyTimelineEntry[]>();

  constructor(...rows: ParticipantEntity[]) {
    this.rows.push(...rows);
  }

  async findAtSite(siteId: string, participantId: string) {
    return this.rows.find((row) => row.id === participantId && row.siteId === siteId) ?? null;
  }

  async findByReferralRequest(siteId: string, referralRequestId: string) {
    return this.rows.find((row) => row.siteId === siteId && row.referralRequestId === referralRequestId) ?? null;
  }

  async findOpenByNhsNumber(siteId: string, nhsNumber: string) {
    return this.rows.find((row) => row.siteId === siteId && row.nhsNumber === nhsNumber && !row.closedOn) ?? null;
  }

  async list(filter: ParticipantFilter, page: ParticipantPage) {
    const matching = this.rows.filter(
      (row) =>
        row.siteId === filter.siteId &&
        (!filter.stage || row.stage === filter.stage) &&
        (!filter.cohort || row.cohort === filter.cohort) &&
        (!filter.teamId || row.teamId === filter.teamId) &&
        (!filter.referralSource || row.referralSource === filter.referralSource),
    );
    const direction = page.descending ? -1 : 1;
    const sorted = [...matching].sort(
      (a, b) => direction * a[page.sortBy].localeCompare(b[page.sortBy]) || a.id.localeCompare(b.id),
    );
    const start = (page.page - 1) * page.pageSize;
    return { rows: sorted.slice(start, start + page.pageSize), total: matching.length };
  }

  async recordReferral(
    { participant, entry }: NewReferral,
    beforeCommit: () => Promise<void>,
  ): Promise<ReferralOutcome> {
    if (await this.findByReferralRequest(participant.siteId, participant.referralRequestId)) {
      return 'request-already-recorded';
    }
    if (await this.findOpenByNhsNumber(participant.siteId, participant.nhsNumber)) return 'open-referral-exists';
    await beforeCommit();
    this.rows.push(participant);
    this.timelines.set(participant.id, [entry]);
    return 'recorded';
  }

  async timelineAmendments(): Promise<StepAmendment[]> {
    return [];
  }

  async timeline(participantId: string) {
    return (this.timelines.get(participantId) ?? []).map((entry) => recordedEntryView(entry, new Date()));
  }

  async lastRecordedJourney(participantId: string) {
    const entry = this.timelines.get(participantId)?.at(-1);
    if (!entry) throw new Error(`no timeline for ${participantId}`);
    return entry.journeyAfter;
  }
}

export class InMemoryCarePlans implements Pick<CarePlansRepository, 'current' | 'versions'> {
  constructor(readonly plans: CarePlanEntity[] = []) {}

  async current(participantId: string) {
    const versions = this.plans.filter((plan) => plan.participantId === participantId);
    return versions.sort((a, b) => b.version - a.version)[0] ?? null;
  }

  /** As findCarePlanVersions: the latest agreed version in force (the latest draft before any), a newer one the draft. */
  async versions(participantId: string) {
    const newest = await this.current(participantId);
    const agreed =
      this.plans
        .filter((plan) => plan.participantId === participantId && plan.agreedOn)
        .sort((a, b) => b.version - a.version)[0] ?? null;
    const inForce = agreed ?? newest;
    return { inForce, draft: newest && inForce && newest.version > inForce.version ? newest : null };
  }
}

export class InMemoryBudgets implements Pick<
  BudgetsRepository,
  'resourceAllocation' | 'saveResourceAllocation' | 'statements' | 'statement'
> {
  readonly allocations = new Map<string, { allocation: ResourceAllocation; updatedBy: string }>();
  readonly stored: (StoredStatement & { participantId: string; content: Record<string, unknown> })[] = [];

  async resourceAllocation(siteId: string) {
    return this.allocations.get(siteId)?.allocation ?? null;
  }

  async saveResourceAllocation(siteId: string, allocation: ResourceAllocation, updatedBy: string) {
    this.allocations.set(siteId, { allocation, updatedBy });
  }

  async statements(participantId: string, window: { skip: number; take: number }) {
    const mine = this.stored.filter((statement) => statement.participantId === participantId);
    const statements = mine
      .slice(window.skip, window.skip + window.take)
      .map(({ id, kind, issuedOn, periodStart, periodEnd, largePrint }) => ({
        id,
        kind,
        issuedOn,
        periodStart,
        periodEnd,
        largePrint,
      }));
    return { statements, total: mine.length };
  }

  async statement(participantId: string, statementId: string) {
    return this.stored.find((s) => s.participantId === participantId && s.id === statementId) ?? null;
  }
}

export class InMemorySpend implements Pick<
  SpendRepository,
  'addRequest' | 'firstOfRequest' | 'countOfRequest' | 'list'
> {
  readonly records: SpendRecordEntity[] = [];

  async addRequest(participantId: string, records: NewSpendRecord[], check: (recordedPence: bigint) => void) {
    const mine = this.records.filter((record) => record.participantId === participantId);
    if (records.some((record) => mine.some((kept) => kept.requestId === record.requestId))) return false;
    check(mine.reduce((sum, record) => sum + BigInt(record.amountPence), 0n));
    this.records.push(...records.map((record) => ({ ...record, id: randomUUID(), recordedAt: new Date() })));
    return true;
  }

  async firstOfRequest(participantId: string, requestId: string) {
    const rows = this.ofRequest(participantId, requestId).sort((a, b) => a.requestRow - b.requestRow);
    return rows[0] ?? null;
  }

  async countOfRequest(participantId: string, requestId: string) {
    return this.ofRequest(participantId, requestId).length;
  }

  async list(participantId: string, period: { from?: string; to?: string }) {
    return this.records.filter(
      (record) =>
        record.participantId === participantId &&
        (!period.from || record.spentOn >= period.from) &&
        (!period.to || record.spentOn <= period.to),
    );
  }

  private ofRequest(participantId: string, requestId: string) {
    return this.records.filter((record) => record.participantId === participantId && record.requestId === requestId);
  }
}

export class InMemoryReviews implements Pick<ReviewsRepository, 'rules' | 'saveRules' | 'dueBy'> {
  readonly ruleSets = new Map<string, ReviewRule[]>();
  due: (DueReview & { siteId: string; teamId: string })[] = [];

  async rules(siteId: string) {
    return this.ruleSets.get(siteId) ?? DEFAULT_REVIEW_RULES;
  }

  async saveRules(siteId: string, rules: ReviewRule[]) {
    this.ruleSets.set(siteId, rules);
  }

  async dueBy(siteId: string, teamId: string, until: string, window: { skip: number; take: number }) {
    const due = this.due
      .filter((review) => review.siteId === siteId && review.teamId === teamId && review.dueOn <= until)
      .map(({ participantId, stage, cohort, dueOn }) => ({ participantId, stage, cohort, dueOn }));
    return { rows: due.slice(window.skip, window.skip + window.take), total: due.length };
  }
}

/** A ParticipantsService over in-memory participants, for services that only find people through it. */
export function participantsServiceOver(participants: InMemoryParticipants): ParticipantsService {
  const unused = null as never;
  return new ParticipantsService(participants, new InMemoryCarePlans(), unused, unused, unused, unused, unused);
}

/** One step a service asked the step sender for: who, whose case, the step's name, payload and narrative. */
export interface StepRequest {
  staff: StaffMember;
  participantId: string;
  step: JourneyStepName;
  content: { payload: unknown; narrative: Record<string, unknown> };
  effectiveDate?: string;
  idempotencyKey: string;
}

/** The step sender as a service sees it: each request is kept, and the journey answers `answer`. */
export function recordedSteps(answer: JourneyView = journeyView()) {
  const requests: StepRequest[] = [];
  const steps = {
    send: async (
      _kind: unknown,
      staff: StaffMember,
      participantId: string,
      draft: StepDraft<{ name: JourneyStepName; payload: unknown } & never>,
      idempotencyKey: string,
    ) => {
      requests.push({
        staff,
        participantId,
        step: draft.name,
        content: { payload: draft.payload, narrative: draft.narrative },
        ...(draft.effectiveDate === undefined ? {} : { effectiveDate: draft.effectiveDate }),
        idempotencyKey,
      });
      return answer;
    },
  } as unknown as CaseStepsService;
  return { steps, requests };
}

/** The journey activities' writes, kept as they were asked for (the guards are the repository's, tested against PostgreSQL). */
export class InMemoryJourneyRecords implements Pick<JourneyRecordsRepository, 'recordStep' | 'recordAnnualStatement'> {
  readonly steps: JourneyStepRecords[] = [];
  readonly annualStatements: Parameters<JourneyRecordsRepository['recordAnnualStatement']>[0][] = [];

  async recordStep(records: JourneyStepRecords) {
    this.steps.push(records);
  }

  async recordAnnualStatement(records: Parameters<JourneyRecordsRepository['recordAnnualStatement']>[0]) {
    this.annualStatements.push(records);
  }
}
