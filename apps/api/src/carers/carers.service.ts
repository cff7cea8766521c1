import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type StaffMember } from '@ipc/config';
import {
  carerMilestones,
  carerRegistrationProblems,
  type CarerView,
  type NewCarer,
  startCarer,
  viewCarer,
} from '@ipc/domain';
import { CarersRepository, isUniqueViolation, type StoredCarer } from '@ipc/persistence';
import { QueryFailedError } from 'typeorm';
import { todayInLondon } from '../common/calendar-date.validator';
import { amendedTimeline } from '../cases/amended-timeline';
import { carerCase } from '../cases/case-kind';
import { CaseWorkflowClient } from '../cases/case-workflow.client';
import { caseNeedsRecovery, isWorkflowGone } from '../common/case-recovery';
import { missingChannelAddress } from '../common/contact-patterns';
import { ParticipantsService } from '../participants/participants.service';
import { ProblemException, problems, type FieldError } from '../problem/problem.exception';
import { carerNotFound, carerRegistrationFailed } from './carers.errors';
import type { ConversationCarersDto } from './dto/conversation-carers.dto';
import type { CreateCarerDto } from './dto/create-carer.dto';
import type { LinkParticipantDto } from './dto/link-participant.dto';
import { isUuid } from '../common/uuid';
import { type PageQuery, pageOf, pageWindow } from '../common/page.query';
import { teamIdProblem } from '../common/site-teams';
import { personDetailsFrom, splitFullName } from '../people/person-details.mapping';

/** The carer's details as given, or else what their contact says (name, email, phone, address). */
function carerDetails(dto: CreateCarerDto) {
  if (dto.details) return personDetailsFrom(dto.details);
  const { name, email, phone, postalAddress } = dto.contact;
  return personDetailsFrom({
    ...splitFullName(name),
    email,
    phones: phone ? [{ use: 'other', number: phone }] : [],
    postalAddress,
  });
}

@Injectable()
export class CarersService {
  private readonly logger = new Logger(CarersService.name);

  constructor(
    private readonly records: CarersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly workflows: CaseWorkflowClient,
    private readonly participants: ParticipantsService,
  ) {}

  /** The carer, if they exist and belong to the staff member's site; 404 otherwise. */
  async findForStaff(staff: StaffMember, carerId: string): Promise<StoredCarer> {
    const carer = isUuid(carerId) ? await this.records.findAtSite(staff.siteId, carerId) : undefined;
    if (!carer) throw carerNotFound();
    return carer;
  }

  /**
   * Registers a carer in their own right and starts their workflow. The row and the workflow start
   * share one transaction: if Temporal refuses, nothing is kept. A retried request (same
   * Idempotency-Key) gets the first answer. The workflow gets the dates derived from the dates of
   * birth, never the dates of birth themselves.
   */
  async register(staff: StaffMember, dto: CreateCarerDto, requestId: string) {
    const repeated = await this.registeredBy(staff, requestId);
    if (repeated) return this.registrationAnswer(repeated);

    const today = todayInLondon();
    const identifiedOn = dto.identifiedOn ?? today;
    const registration = {
      kind: dto.kind,
      dateOfBirth: dto.dateOfBirth,
      childDateOfBirth: dto.childDateOfBirth,
      identifiedOn,
    };
    const fieldProblems = [
      ...carerRegistrationProblems(registration),
      ...teamIdProblem(this.config, staff, dto.teamId),
    ];
    const missingAddress = missingChannelAddress(dto.preferences.channel, dto.contact);
    if (missingAddress) {
      fieldProblems.push({
        field: `contact.${missingAddress}`,
        reason: `required for the ${dto.preferences.channel} channel`,
      });
    }
    if (fieldProblems.length) throw problems.validation(fieldProblems);

    const carer: NewCarer = {
      carerId: crypto.randomUUID(),
      siteId: staff.siteId,
      teamId: dto.teamId ?? staff.teamId,
      kind: dto.kind,
      identifiedOn,
      transitionsFrom: today,
      milestones: carerMilestones(registration),
      transitionLeadDays: this.config.carers.transitionLeadDays,
      escalationAfterDays: this.config.reminders.escalationAfterDays,
    };
    const view = viewCarer(startCarer(carer));
    try {
      await this.records.register(
        {
          carerId: carer.carerId,
          siteId: carer.siteId,
          teamId: carer.teamId,
          kind: carer.kind,
          dateOfBirth: dto.dateOfBirth,
          childDateOfBirth: dto.childDateOfBirth ?? null,
          relationship: dto.relationship,
          contact: { ...dto.contact },
          preferences: { ...dto.preferences },
          identifiedOn,
          transitionLeadDays: carer.transitionLeadDays,
          registeredBy: staff.staffId,
          requestId,
          stage: view.stage,
          nextTransitionOn: view.upcomingTransitions[0]?.dueOn ?? null,
        },
        {
          carerId: carer.carerId,
          requestId,
          sequence: 0,
          step: 'registration',
          fromStage: null,
          toStage: view.stage,
          actor: staff,
          effectiveOn: identifiedOn,
          details: { kind: dto.kind, relationship: dto.relationship },
          carerAfter: view,
        },
        // Reminder delivery reads the carer's channel, format, language and address from here.
        {
          recipientType: 'carer',
          recipientId: carer.carerId,
          siteId: carer.siteId,
          channel: dto.preferences.channel,
          format: dto.preferences.format,
          language: dto.preferences.language,
          email: dto.contact.email ?? null,
          phone: dto.contact.phone ?? null,
          postalAddress: dto.contact.postalAddress ?? null,
          updatedBy: staff.staffId,
        },
        carerDetails(dto),
        () => this.workflows.start(carerCase, carer.carerId, carer),
      );
    } catch (error) {
      // The same registration, committed first by a request running at the same time: its answer.
      const first = isUniqueViolation(error, 'uq_carers_registration_request')
        ? await this.registeredBy(staff, requestId)
        : undefined;
      if (first) return this.registrationAnswer(first);
      if (error instanceof QueryFailedError) throw error;
      this.logger.error(`could not start carer workflow carer=${carer.carerId}: ${String(error)}`);
      throw carerRegistrationFailed();
    }
    this.logger.log(`carer registered carer=${carer.carerId} kind=${carer.kind}`);
    return { id: carer.carerId, kind: carer.kind, stage: view.stage, identifiedOn, teamId: carer.teamId };
  }

  private registeredBy(staff: StaffMember, requestId: string): Promise<StoredCarer | undefined> {
    return this.records.findRegisteredBy(staff.siteId, requestId);
  }

  private registrationAnswer(carer: StoredCarer) {
    return {
      id: carer.id,
      kind: carer.kind,
      stage: 'identified',
      identifiedOn: carer.identifiedOn,
      teamId: carer.teamId,
    };
  }

  /** Details from Postgres with the stage, allowed steps and transition points from the workflow. */
  async details(staff: StaffMember, carerId: string) {
    const record = await this.findForStaff(staff, carerId);
    const [carer, caresFor, noticed, plan] = await Promise.all([
      this.currentCarer(record),
      this.records.caresFor(record.id),
      this.records.noticedTransitions(record.id),
      this.records.latestSupportPlanNarrative(record.id),
    ]);
    return {
      id: record.id,
      kind: record.kind,
      registeredKind: record.registeredKind,
      relationship: record.relationship,
      dateOfBirth: record.dateOfBirth,
      childDateOfBirth: record.childDateOfBirth,
      contact: record.contact,
      preferences: record.preferences,
      teamId: record.teamId,
      identifiedOn: record.identifiedOn,
      stage: carer.stage,
      stageEnteredOn: carer.stageEnteredOn,
      allowedSteps: carer.allowedSteps,
      assessmentOffer: carer.assessmentOffer,
      assessment: carer.assessment,
      supportPlan: carer.supportPlan && { ...carer.supportPlan, ...plan },
      budget: carer.budget,
      reviewCount: carer.reviewCount,
      lastReview: carer.lastReview,
      schoolMoves: carer.schoolMoves,
      transitionLeadDays: carer.transitionLeadDays,
      upcomingTransitions: carer.upcomingTransitions,
      noticedTransitions: noticed,
      caresFor,
      closure: carer.closure,
    };
  }

  /**
   * Where the carer is, from the workflow; if it has none running (a closed carer) or Temporal
   * cannot answer (an outage), the last state the carer's timeline recorded. An open carer whose
   * workflow is gone needs recovery (503).
   */
  private async currentCarer({ id: carerId, stage }: StoredCarer): Promise<CarerView> {
    try {
      return await this.workflows.query(carerCase, carerId);
    } catch (error) {
      if (!isWorkflowGone(error)) {
        this.logger.warn(`carer query failed carer=${carerId}: ${String(error)}; using read model`);
      } else if (stage !== 'closed') {
        throw caseNeedsRecovery('carer', carerId);
      }
      // Every carer has a registration step, recorded with the carer.
      return (await this.records.lastRecordedState(carerId)) as CarerView;
    }
  }

  /**
   * Records that the carer cares for a participant at the same site (404 for anyone else's). Linking
   * again says so (`created: false`) and corrects the relationship if it differs.
   */
  async link(staff: StaffMember, carerId: string, dto: LinkParticipantDto) {
    const carer = await this.findForStaff(staff, carerId);
    const participant = await this.participants.findForStaff(staff, dto.participantId);
    const created = await this.records.link({
      carerId: carer.id,
      participantId: participant.id,
      relationship: dto.relationship,
      linkedBy: staff.staffId,
    });
    return { created, carerId: carer.id, caresFor: await this.records.caresFor(carer.id) };
  }

  /**
   * Turns carers named in the person's latest guided conversation into carer records linked to the
   * person, in one request. Each named carer's registration is keyed by the conversation entry and
   * its place in it, so asking again (with any Idempotency-Key) finds the same carer, never a twin.
   */
  async fromConversation(staff: StaffMember, participantId: string, dto: ConversationCarersDto) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const { steps } = await this.participants.timeline(staff, participant.id);
    const conversation = steps.filter((entry) => entry.step === 'guided-conversation' && !entry.enteredInError).at(-1);
    if (!conversation) {
      throw problems.conflict(
        'no-guided-conversation',
        'No guided conversation is recorded',
        'Record the guided conversation first.',
      );
    }
    const named = (conversation.details.carersIdentified ?? []) as { relationship: string; name?: string }[];
    const fieldProblems: FieldError[] = [];
    dto.carers.forEach((carer, index) => {
      if (carer.carerIndex >= named.length) {
        fieldProblems.push({
          field: `carers[${index}].carerIndex`,
          reason: `the conversation named ${named.length} carers`,
        });
      } else if (dto.carers.findIndex((other) => other.carerIndex === carer.carerIndex) !== index) {
        fieldProblems.push({ field: `carers[${index}].carerIndex`, reason: 'is given twice' });
      } else if (!carer.contact?.name && !named[carer.carerIndex].name) {
        fieldProblems.push({
          field: `carers[${index}].contact.name`,
          reason: 'required: the conversation recorded no name',
        });
      }
    });
    if (fieldProblems.length) throw problems.validation(fieldProblems);

    const answers = [];
    for (const [index, { carerIndex, contact, ...carer }] of dto.carers.entries()) {
      const registration: CreateCarerDto = {
        ...carer,
        contact: { ...contact, name: contact?.name ?? named[carerIndex].name ?? '' },
        identifiedOn: conversation.effectiveDate,
      };
      const requestId = `conversation-carer:${participant.id}:${conversation.sequence}:${carerIndex}`;
      const registered = await this.register(staff, registration, requestId).catch((error: unknown) => {
        throw withFieldPrefix(error, `carers[${index}].`);
      });
      const { created } = await this.link(staff, registered.id, {
        participantId: participant.id,
        relationship: carer.relationship,
      });
      answers.push({ ...registered, carerIndex, linked: created });
    }
    return { participantId: participant.id, carers: answers };
  }

  /** A participant's carers (at the staff member's site): who they are and where each one is. */
  async forParticipant(staff: StaffMember, participantId: string, page: PageQuery) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const { carers, total } = await this.records.carersOf(staff.siteId, participant.id, pageWindow(page));
    return pageOf(page, carers, total);
  }

  /** Every carer step with who did it, when it happened, when it was recorded, and its narrative. */
  async timeline(staff: StaffMember, carerId: string) {
    const carer = await this.findForStaff(staff, carerId);
    const [entries, amendments] = await Promise.all([
      this.records.timeline(carer.id),
      this.records.timelineAmendments(carer.id),
    ]);
    return { carerId: carer.id, steps: amendedTimeline(entries, amendments) };
  }
}

/** A 400 about one item of a list names its fields from the body's root. */
function withFieldPrefix(error: unknown, prefix: string): unknown {
  if (!(error instanceof ProblemException) || !Array.isArray(error.problem.errors)) return error;
  return problems.validation(
    (error.problem.errors as FieldError[]).map(({ field, reason }) => ({ field: `${prefix}${field}`, reason })),
  );
}
