import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type StaffMember } from '@ipc/config';
import { type JourneyView, normaliseNhsNumber, startJourney, viewJourney } from '@ipc/domain';
import {
  type CarePlanEntity,
  CarePlansRepository,
  isDatabaseError,
  ParticipantEntity,
  ParticipantsRepository,
  SiteSettingsRepository,
} from '@ipc/persistence';
import { todayInLondon } from '../common/calendar-date.validator';
import { amendedTimeline } from '../cases/amended-timeline';
import { journeyCase } from '../cases/case-kind';
import { CaseWorkflowClient } from '../cases/case-workflow.client';
import { caseNeedsRecovery, isWorkflowGone } from '../common/case-recovery';
import { ApiMetrics } from '../metrics/metrics';
import { problems } from '../problem/problem.exception';
import { checkDemographics } from '../programme/demographics/demographics.store';
import { CaseRecoveryService } from '../recovery/case-recovery.service';
import type { CreateReferralDto } from './dto/create-referral.dto';
import type { ListParticipantsQuery } from './dto/list-participants.query';
import { openReferralExists, participantNotFound } from './participants.errors';
import { isUuid } from '../common/uuid';
import { teamIdProblem } from '../common/site-teams';
import { personDetailsFrom } from '../people/person-details.mapping';

const carePlanView = (plan: CarePlanEntity) => ({
  version: plan.version,
  coordinatorId: plan.coordinatorId,
  totalAnnualCostPence: Number(plan.totalAnnualCostPence),
  agreedOn: plan.agreedOn,
  ...plan.content,
});

const SORT_COLUMNS = { referredOn: 'referredOn', stageEnteredOn: 'stageEnteredOn', stage: 'stage' } as const;

/** What the service reads and writes of participants (an in-memory one in its spec). */
export type ParticipantRecords = Pick<
  ParticipantsRepository,
  | 'findAtSite'
  | 'findByReferralRequest'
  | 'findOpenByNhsNumber'
  | 'list'
  | 'recordReferral'
  | 'timeline'
  | 'timelineAmendments'
  | 'lastRecordedJourney'
>;

@Injectable()
export class ParticipantsService {
  private readonly logger = new Logger(ParticipantsService.name);

  constructor(
    @Inject(ParticipantsRepository) private readonly participants: ParticipantRecords,
    @Inject(CarePlansRepository) private readonly carePlans: Pick<CarePlansRepository, 'versions'>,
    // checkDemographics reads the site's recorded characteristics.
    @Inject(SiteSettingsRepository) private readonly siteSettings: SiteSettingsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly workflows: CaseWorkflowClient,
    private readonly metrics: ApiMetrics,
    private readonly recovery: CaseRecoveryService,
  ) {}

  /** The participant, if they exist and belong to the staff member's site; 404 otherwise. */
  async findForStaff(staff: StaffMember, participantId: string): Promise<ParticipantEntity> {
    const participant = isUuid(participantId) ? await this.participants.findAtSite(staff.siteId, participantId) : null;
    if (!participant) throw participantNotFound();
    return participant;
  }

  /**
   * Records a referral and starts the person's journey. The row and the workflow start share one
   * transaction: if Temporal refuses, nothing is kept. A retried request (same Idempotency-Key)
   * gets the first answer.
   */
  async refer(staff: StaffMember, dto: CreateReferralDto, referralRequestId: string) {
    const repeated = await this.participants.findByReferralRequest(staff.siteId, referralRequestId);
    if (repeated) return this.referralAnswer(repeated);
    const referredOn = dto.referredOn ?? todayInLondon();
    const fieldProblems = teamIdProblem(this.config, staff, dto.teamId);
    if (referredOn < dto.dateOfBirth) {
      fieldProblems.push({ field: 'referredOn', reason: `must not be before the date of birth (${dto.dateOfBirth})` });
    }
    if (fieldProblems.length) throw problems.validation(fieldProblems);
    const demographics =
      dto.demographics && (await checkDemographics(this.siteSettings, staff.siteId, dto.demographics, 'demographics.'));
    const { participant, journey, entry } = this.newReferral(staff, dto, referralRequestId);

    let outcome;
    try {
      outcome = await this.participants.recordReferral(
        {
          participant,
          entry,
          details: personDetailsFrom(dto.details),
          demographics: demographics ? { demographics, recordedBy: staff.staffId } : null,
        },
        () => this.workflows.start(journeyCase, participant.id, journey),
      );
    } catch (error) {
      this.metrics.referrals.inc({ cohort: dto.cohort, outcome: 'refused' });
      return this.referralFailure(error, participant);
    }
    if (outcome === 'request-already-recorded') {
      // The same referral, committed first by a request running at the same time: its answer.
      const first = await this.participants.findByReferralRequest(staff.siteId, referralRequestId);
      if (!first) throw new Error(`referral request of participant=${participant.id} recorded but not found`);
      return this.referralAnswer(first);
    }
    if (outcome === 'open-referral-exists') {
      this.metrics.referrals.inc({ cohort: dto.cohort, outcome: 'refused' });
      return this.openReferralRefusal(participant);
    }
    this.metrics.referrals.inc({ cohort: dto.cohort, outcome: 'accepted' });
    this.logger.log(`referral accepted participant=${participant.id} cohort=${dto.cohort}`);
    return this.referralAnswer(participant);
  }

  /** The participant row and the referral's timeline entry, with the journey as it starts. */
  private newReferral(staff: StaffMember, dto: CreateReferralDto, referralRequestId: string) {
    const referredOn = dto.referredOn ?? todayInLondon();
    const participant = Object.assign(new ParticipantEntity(), {
      id: crypto.randomUUID(),
      siteId: staff.siteId,
      teamId: dto.teamId ?? staff.teamId,
      nhsNumber: normaliseNhsNumber(dto.nhsNumber),
      dateOfBirth: dto.dateOfBirth,
      cohort: dto.cohort,
      referralSource: dto.referralSource,
      referredBy: staff.staffId,
      referralRequestId,
      referredOn,
      stage: 'referred',
      stageEnteredOn: referredOn,
      stageDates: { referred: referredOn },
      journeySequence: 0,
    });
    const journey = startJourney({
      participantId: participant.id,
      siteId: participant.siteId,
      teamId: participant.teamId,
      cohort: dto.cohort,
      referredOn,
    });
    const entry = {
      participantId: participant.id,
      requestId: referralRequestId,
      sequence: 0,
      step: 'referral',
      fromStage: null,
      toStage: 'referred',
      actor: staff,
      effectiveOn: referredOn,
      details: { cohort: dto.cohort, referralSource: dto.referralSource },
      journeyAfter: viewJourney(journey),
    };
    return { participant, journey, entry };
  }

  private async openReferralRefusal(participant: ParticipantEntity): Promise<never> {
    const open = await this.participants.findOpenByNhsNumber(participant.siteId, participant.nhsNumber);
    // Stuck rather than open: the person cannot be referred again until that journey is rebuilt.
    // (If Temporal cannot say, the open journey is the answer.)
    const stuck = open && (await this.recovery.needsRecovery('journey', open.id).catch(() => false));
    if (stuck) throw caseNeedsRecovery('journey', open.id);
    throw openReferralExists(open?.id ?? 'unknown');
  }

  private referralFailure(error: unknown, participant: ParticipantEntity): never {
    if (isDatabaseError(error)) throw error;
    this.logger.error(`could not start journey participant=${participant.id}: ${String(error)}`);
    throw problems.unavailable('The journey could not be started; nothing was recorded. Please retry.');
  }

  private referralAnswer(participant: ParticipantEntity) {
    return { id: participant.id, stage: 'referred', referredOn: participant.referredOn, teamId: participant.teamId };
  }

  async list(staff: StaffMember, query: ListParticipantsQuery) {
    const descending = query.sort.startsWith('-');
    const column = SORT_COLUMNS[query.sort.replace('-', '') as keyof typeof SORT_COLUMNS];
    const { rows, total } = await this.participants.list(
      {
        siteId: staff.siteId,
        stage: query.stage,
        cohort: query.cohort,
        teamId: query.teamId,
        referralSource: query.referralSource,
      },
      { sortBy: column, descending, page: query.page, pageSize: query.pageSize },
    );
    return { items: rows.map((row) => this.summary(row)), page: query.page, pageSize: query.pageSize, total };
  }

  private summary(participant: ParticipantEntity) {
    return {
      id: participant.id,
      nhsNumber: participant.nhsNumber,
      dateOfBirth: participant.dateOfBirth,
      cohort: participant.cohort,
      referralSource: participant.referralSource,
      teamId: participant.teamId,
      coordinatorId: participant.coordinatorId,
      connectorId: participant.connectorId,
      stage: participant.stage,
      referredOn: participant.referredOn,
      stageEnteredOn: participant.stageEnteredOn,
      closedOn: participant.closedOn,
      closureReason: participant.closureReason,
    };
  }

  /** Details with the stage and allowed steps read from the journey itself. */
  async details(staff: StaffMember, participantId: string) {
    const participant = await this.findForStaff(staff, participantId);
    const [journey, plans] = await Promise.all([
      this.currentJourney(participant),
      this.carePlans.versions(participant.id),
    ]);
    return {
      ...this.summary(participant),
      stage: journey.stage,
      allowedSteps: journey.allowedSteps,
      keyDates: participant.stageDates,
      informationFormat: journey.informationFormat,
      language: journey.language,
      communityConnectorId: journey.communityConnectorId,
      activation: journey.activation,
      carePlan: plans.inForce && carePlanView(plans.inForce),
      draftCarePlan: plans.draft && carePlanView(plans.draft),
      indicativeBudget: journey.indicativeBudget,
      budget: journey.budget,
      budgetDeclined: journey.budgetDeclined,
      ehcPlan: journey.ehcPlan ?? null,
      closure: journey.closure,
      followUpDueOn: participant.followUpDueOn,
      lastStep: journey.lastStep ?? null,
    };
  }

  /**
   * Where the journey is, from the workflow; if it has none running (a closed journey) or Temporal
   * cannot answer (an outage), the last state the journey recorded. An open journey whose workflow
   * is gone needs recovery (503): its recorded state would offer steps it cannot take.
   */
  private async currentJourney({ id: participantId, stage }: ParticipantEntity): Promise<JourneyView> {
    try {
      return await this.workflows.query(journeyCase, participantId);
    } catch (error) {
      if (!isWorkflowGone(error)) {
        this.logger.warn(`journey query failed participant=${participantId}: ${String(error)}; using read model`);
      } else if (stage !== 'closed') {
        throw caseNeedsRecovery('journey', participantId);
      }
      return this.participants.lastRecordedJourney(participantId);
    }
  }

  async timeline(staff: StaffMember, participantId: string) {
    const participant = await this.findForStaff(staff, participantId);
    const [entries, amendments] = await Promise.all([
      this.participants.timeline(participant.id),
      this.participants.timelineAmendments(participant.id),
    ]);
    return { participantId: participant.id, steps: amendedTimeline(entries, amendments) };
  }
}
