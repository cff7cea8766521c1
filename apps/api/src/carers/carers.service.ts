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
import {
  CARER_TIMELINE,
  insertCarerTimelineEntry,
  isUniqueViolation,
  readStepTimeline,
  saveContactPreferences,
} from '@ipc/persistence';
import { DataSource, QueryFailedError } from 'typeorm';
import { todayInLondon } from '../common/calendar-date.validator';
import { carerCase } from '../cases/case-kind';
import { CaseWorkflowClient } from '../cases/case-workflow.client';
import { caseNeedsRecovery, isWorkflowGone } from '../common/case-recovery';
import { missingChannelAddress } from '../common/contact-patterns';
import { ParticipantsService } from '../participants/participants.service';
import { problems } from '../problem/problem.exception';
import { carerNotFound, carerRegistrationFailed } from './carers.errors';
import type { CreateCarerDto } from './dto/create-carer.dto';
import type { LinkParticipantDto } from './dto/link-participant.dto';
import { isUuid } from '../common/uuid';
import { type PageQuery, pageOf, pageWindow } from '../common/page.query';
import { teamIdProblem } from '../common/site-teams';

/** A carer as Postgres holds them: personal details and the workflow's read model. */
export interface CarerRecord {
  id: string;
  siteId: string;
  teamId: string;
  /** What the carer is now: a young carer is an adult carer from their 18th birthday. */
  kind: string;
  registeredKind: string;
  dateOfBirth: string;
  childDateOfBirth: string | null;
  relationship: string;
  contact: Record<string, unknown>;
  preferences: Record<string, unknown>;
  identifiedOn: string;
  stage: string;
  stageEnteredOn: string;
  nextTransitionOn: string | null;
}

/**
 * A young carer is an adult carer from their 18th birthday (Europe/London): the registered kind is
 * kept, and what the care team sees follows the date of birth, so no job has to change it.
 */
const currentKind = (table: string) =>
  `CASE WHEN ${table}.kind = 'young-carer'
             AND ${table}.date_of_birth + interval '18 years' <= (now() AT TIME ZONE 'Europe/London')::date
        THEN 'adult-carer' ELSE ${table}.kind END`;

const CARER_COLUMNS = `
  id, site_id AS "siteId", team_id AS "teamId", ${currentKind('carers')} AS kind, kind AS "registeredKind",
  to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
  to_char(child_date_of_birth, 'YYYY-MM-DD') AS "childDateOfBirth", relationship, contact, preferences,
  to_char(identified_on, 'YYYY-MM-DD') AS "identifiedOn", stage, to_char(stage_entered_on, 'YYYY-MM-DD') AS "stageEnteredOn",
  to_char(next_transition_on, 'YYYY-MM-DD') AS "nextTransitionOn"`;

@Injectable()
export class CarersService {
  private readonly logger = new Logger(CarersService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly workflows: CaseWorkflowClient,
    private readonly participants: ParticipantsService,
  ) {}

  /** The carer, if they exist and belong to the staff member's site; 404 otherwise. */
  async findForStaff(staff: StaffMember, carerId: string): Promise<CarerRecord> {
    const [carer] = isUuid(carerId)
      ? ((await this.dataSource.query(`SELECT ${CARER_COLUMNS} FROM carers WHERE id = $1 AND site_id = $2`, [
          carerId,
          staff.siteId,
        ])) as CarerRecord[])
      : [];
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
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO carers (id, site_id, team_id, kind, date_of_birth, child_date_of_birth, relationship, contact,
                               preferences, identified_on, transition_lead_days, registered_by, registration_request_id,
                               stage, stage_entered_on, next_transition_on)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $10, $15)`,
          [
            carer.carerId,
            carer.siteId,
            carer.teamId,
            carer.kind,
            dto.dateOfBirth,
            dto.childDateOfBirth ?? null,
            dto.relationship,
            dto.contact,
            dto.preferences,
            identifiedOn,
            carer.transitionLeadDays,
            staff.staffId,
            requestId,
            view.stage,
            view.upcomingTransitions[0]?.dueOn ?? null,
          ],
        );
        await insertCarerTimelineEntry(manager, {
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
        });
        // Reminder delivery reads the carer's channel, format, language and address from here.
        await saveContactPreferences(manager, {
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
        });
        await this.workflows.start(carerCase, carer.carerId, carer);
      });
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

  private async registeredBy(staff: StaffMember, requestId: string): Promise<CarerRecord | undefined> {
    const [carer] = (await this.dataSource.query(
      `SELECT ${CARER_COLUMNS} FROM carers WHERE site_id = $1 AND registration_request_id = $2`,
      [staff.siteId, requestId],
    )) as CarerRecord[];
    return carer;
  }

  private registrationAnswer(carer: CarerRecord) {
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
    const [carer, caresFor, noticed, [plan]] = await Promise.all([
      this.currentCarer(record),
      this.caresFor(record.id),
      this.dataSource.query(
        `SELECT transition, to_char(due_on, 'YYYY-MM-DD') AS "dueOn", to_char(remind_on, 'YYYY-MM-DD') AS "remindOn",
                noticed_at AS "noticedAt", reminder_id AS "reminderId"
           FROM carer_transitions WHERE carer_id = $1 ORDER BY due_on, transition`,
        [record.id],
      ),
      this.dataSource.query(
        `SELECT n.narrative FROM carer_steps s
           JOIN carer_step_narratives n ON n.carer_id = s.carer_id AND n.request_id = s.request_id
          WHERE s.carer_id = $1 AND s.step = 'support-plan' ORDER BY s.sequence DESC LIMIT 1`,
        [record.id],
      ) as Promise<{ narrative: Record<string, unknown> }[]>,
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
      supportPlan: carer.supportPlan && { ...carer.supportPlan, ...plan?.narrative },
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
  private async currentCarer({ id: carerId, stage }: CarerRecord): Promise<CarerView> {
    try {
      return await this.workflows.query(carerCase, carerId);
    } catch (error) {
      if (!isWorkflowGone(error)) {
        this.logger.warn(`carer query failed carer=${carerId}: ${String(error)}; using read model`);
      } else if (stage !== 'closed') {
        throw caseNeedsRecovery('carer', carerId);
      }
      const [last] = (await this.dataSource.query(
        `SELECT carer_after FROM carer_steps WHERE carer_id = $1 ORDER BY sequence DESC LIMIT 1`,
        [carerId],
      )) as { carer_after: CarerView }[];
      return last.carer_after;
    }
  }

  private caresFor(carerId: string): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT participant_id AS "participantId", relationship, linked_by AS "linkedBy", linked_at AS "linkedAt"
         FROM carer_participants WHERE carer_id = $1 ORDER BY linked_at, participant_id`,
      [carerId],
    );
  }

  /**
   * Records that the carer cares for a participant at the same site (404 for anyone else's). Linking
   * again says so (`created: false`) and corrects the relationship if it differs.
   */
  async link(staff: StaffMember, carerId: string, dto: LinkParticipantDto) {
    const carer = await this.findForStaff(staff, carerId);
    const participant = await this.participants.findForStaff(staff, dto.participantId);
    // xmax is 0 only for a row this statement inserted; an unchanged relationship returns no row.
    const written: { created: boolean }[] = await this.dataSource.query(
      `INSERT INTO carer_participants (carer_id, participant_id, relationship, linked_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (carer_id, participant_id) DO UPDATE SET relationship = EXCLUDED.relationship
        WHERE carer_participants.relationship <> EXCLUDED.relationship
       RETURNING xmax = 0 AS created`,
      [carer.id, participant.id, dto.relationship, staff.staffId],
    );
    return { created: written[0]?.created ?? false, carerId: carer.id, caresFor: await this.caresFor(carer.id) };
  }

  /** A participant's carers (at the staff member's site): who they are and where each one is. */
  async forParticipant(staff: StaffMember, participantId: string, page: PageQuery) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const { skip, take } = pageWindow(page);
    const linked = `FROM carer_participants l JOIN carers c ON c.id = l.carer_id
        WHERE l.participant_id = $1 AND c.site_id = $2`;
    const [carers, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT c.id, ${currentKind('c')} AS kind, c.contact->>'name' AS name, l.relationship, c.stage,
                to_char(c.next_transition_on, 'YYYY-MM-DD') AS "nextTransitionOn", l.linked_at AS "linkedAt"
           ${linked} ORDER BY l.linked_at, c.id OFFSET $3 LIMIT $4`,
        [participant.id, staff.siteId, skip, take],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total ${linked}`, [participant.id, staff.siteId]),
    ]);
    return pageOf(page, carers as unknown[], total as number);
  }

  /** Every carer step with who did it, when it happened, when it was recorded, and its narrative. */
  async timeline(staff: StaffMember, carerId: string) {
    const carer = await this.findForStaff(staff, carerId);
    return { carerId: carer.id, steps: await readStepTimeline(this.dataSource.manager, CARER_TIMELINE, carer.id) };
  }
}
