import { Inject, Injectable } from '@nestjs/common';
import type { CarerView } from '@ipc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ContactPreferencesRepository, type ContactPreferences } from '../reminders/contact-preferences.repository';
import type { ContactPreferenceEntity } from '../entities/contact-preference.entity';
import { type PersonDetails, PersonDetailsRepository } from '../people/person-details.repository';
import { CARER_TIMELINE, type StepEntry, type StepTimelineView, TimelineRepository } from '../timeline.repository';

/** What a carer's row holds of them, at registration and after. */
interface CarerDetails {
  siteId: string;
  teamId: string;
  dateOfBirth: string;
  childDateOfBirth: string | null;
  relationship: string;
  contact: Record<string, unknown>;
  preferences: Record<string, unknown>;
  identifiedOn: string;
  stage: string;
  nextTransitionOn: string | null;
}

/** A carer as PostgreSQL holds them: personal details and the workflow's read model. */
export interface StoredCarer extends CarerDetails {
  id: string;
  /** What the carer is now: a young carer is an adult carer from their 18th birthday. */
  kind: string;
  registeredKind: string;
  stageEnteredOn: string;
}

/** A new carer's row: their details, who registered them and the stage their workflow starts in. */
export interface CarerRegistration extends CarerDetails {
  carerId: string;
  kind: string;
  transitionLeadDays: number;
  registeredBy: string;
  requestId: string;
}

/** A step on a carer's timeline, with the carer as the workflow left them. */
export interface CarerTimelineEntry extends StepEntry {
  carerId: string;
  carerAfter: CarerView;
}

const addCarerStep = (manager: EntityManager, entry: CarerTimelineEntry) =>
  new TimelineRepository(manager).addEntry(CARER_TIMELINE, entry.carerId, entry, entry.carerAfter);

export interface NoticedTransition {
  transition: string;
  dueOn: string;
  remindOn: string;
  noticedAt: Date;
  reminderId: string | null;
}

export interface CaredForParticipant {
  participantId: string;
  relationship: string;
  linkedBy: string;
  linkedAt: Date;
}

export interface LinkedCarer {
  id: string;
  kind: string;
  name: string | null;
  relationship: string;
  stage: string;
  nextTransitionOn: string | null;
  linkedAt: Date;
}

/** A transition point the carer's workflow noticed, and the reminder day it chose. */
export interface DueTransition {
  carerId: string;
  siteId: string;
  transition: string;
  dueOn: string;
  remindOn: string;
  revision: number;
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

/** The carer's next transition point, as the read model lists carers by it. */
const nextTransitionOn = (carer: CarerView) => carer.upcomingTransitions[0]?.dueOn ?? null;

/**
 * Carers, the people they care for and the transition points their workflows notice. The read model
 * follows the workflow: the revision (bumped by every step and every noticed transition) guards
 * each write, so a late write never overwrites a newer state.
 */
@Injectable()
export class CarersRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async findAtSite(siteId: string, carerId: string): Promise<StoredCarer | undefined> {
    const [carer] = await this.dataSource.query<StoredCarer[]>(
      `SELECT ${CARER_COLUMNS} FROM carers WHERE id = $1 AND site_id = $2`,
      [carerId, siteId],
    );
    return carer;
  }

  /** The carer a registration request (its Idempotency-Key) created at the site, if any. */
  async findRegisteredBy(siteId: string, requestId: string): Promise<StoredCarer | undefined> {
    const [carer] = await this.dataSource.query<StoredCarer[]>(
      `SELECT ${CARER_COLUMNS} FROM carers WHERE site_id = $1 AND registration_request_id = $2`,
      [siteId, requestId],
    );
    return carer;
  }

  /**
   * Records a new carer with their details, their first timeline entry and their contact
   * preferences (which reminder delivery reads), then runs `beforeCommit` (starting their workflow) in the same
   * transaction: if it throws, nothing is kept.
   */
  async register(
    carer: CarerRegistration,
    entry: CarerTimelineEntry,
    contactPreferences: ContactPreferences,
    details: PersonDetails,
    beforeCommit: () => Promise<void>,
  ): Promise<void> {
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
          carer.dateOfBirth,
          carer.childDateOfBirth,
          carer.relationship,
          carer.contact,
          carer.preferences,
          carer.identifiedOn,
          carer.transitionLeadDays,
          carer.registeredBy,
          carer.requestId,
          carer.stage,
          carer.nextTransitionOn,
        ],
      );
      await new PersonDetailsRepository(manager).recordFirst(
        { personKind: 'carer', personId: carer.carerId, siteId: carer.siteId },
        details,
        carer.registeredBy,
      );
      await addCarerStep(manager, entry);
      await new ContactPreferencesRepository(manager).save(contactPreferences);
      await beforeCommit();
    });
  }

  /**
   * Records the carer's new contact preferences and changes their own record (contact and
   * preferences) with them, in one transaction, so the two never disagree.
   */
  async changeContact(preferences: ContactPreferences): Promise<ContactPreferenceEntity> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await new ContactPreferencesRepository(manager).save(preferences);
      await manager.query(
        `UPDATE carers SET contact = (contact - 'email' - 'phone' - 'postalAddress') || $2::jsonb,
                           preferences = preferences || $3::jsonb, updated_at = now()
          WHERE id = $1`,
        [
          preferences.recipientId,
          // An address not given is left out of the carer's contact, not recorded as null.
          JSON.stringify({
            email: preferences.email ?? undefined,
            phone: preferences.phone ?? undefined,
            postalAddress: preferences.postalAddress ?? undefined,
          }),
          JSON.stringify({ channel: preferences.channel, format: preferences.format, language: preferences.language }),
        ],
      );
      return saved;
    });
  }

  noticedTransitions(carerId: string): Promise<NoticedTransition[]> {
    return this.dataSource.query(
      `SELECT transition, to_char(due_on, 'YYYY-MM-DD') AS "dueOn", to_char(remind_on, 'YYYY-MM-DD') AS "remindOn",
              noticed_at AS "noticedAt", reminder_id AS "reminderId"
         FROM carer_transitions WHERE carer_id = $1 ORDER BY due_on, transition`,
      [carerId],
    );
  }

  /** What the latest support-plan step wrote (kept apart from the workflow's state), if any. */
  async latestSupportPlanNarrative(carerId: string): Promise<Record<string, unknown> | undefined> {
    const [plan] = await this.dataSource.query<{ narrative: Record<string, unknown> }[]>(
      `SELECT n.narrative FROM carer_steps s
         JOIN carer_step_narratives n ON n.carer_id = s.carer_id AND n.request_id = s.request_id
        WHERE s.carer_id = $1 AND s.step = 'support-plan' ORDER BY s.sequence DESC LIMIT 1`,
      [carerId],
    );
    return plan?.narrative;
  }

  /** The state the carer's last recorded step left them in. */
  async lastRecordedState(carerId: string): Promise<CarerView | undefined> {
    const [last] = await this.dataSource.query<{ carer_after: CarerView }[]>(
      `SELECT carer_after FROM carer_steps WHERE carer_id = $1 ORDER BY sequence DESC LIMIT 1`,
      [carerId],
    );
    return last?.carer_after;
  }

  /** Every carer step with who did it, when it happened, when it was recorded, and its narrative. */
  timeline(carerId: string): Promise<StepTimelineView[]> {
    return new TimelineRepository(this.dataSource.manager).steps(CARER_TIMELINE, carerId);
  }

  /** Every amendment of the carer's timeline, oldest first. */
  timelineAmendments(carerId: string) {
    return new TimelineRepository(this.dataSource.manager).amendments(CARER_TIMELINE, carerId);
  }

  caresFor(carerId: string): Promise<CaredForParticipant[]> {
    return this.dataSource.query(
      `SELECT participant_id AS "participantId", relationship, linked_by AS "linkedBy", linked_at AS "linkedAt"
         FROM carer_participants WHERE carer_id = $1 ORDER BY linked_at, participant_id`,
      [carerId],
    );
  }

  /**
   * Records that the carer cares for the participant, or corrects the relationship recorded; false
   * when the link was already recorded.
   */
  async link(link: { carerId: string; participantId: string; relationship: string; linkedBy: string }) {
    // xmax is 0 only for a row this statement inserted; an unchanged relationship returns no row.
    const written = await this.dataSource.query<{ created: boolean }[]>(
      `INSERT INTO carer_participants (carer_id, participant_id, relationship, linked_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (carer_id, participant_id) DO UPDATE SET relationship = EXCLUDED.relationship
        WHERE carer_participants.relationship <> EXCLUDED.relationship
       RETURNING xmax = 0 AS created`,
      [link.carerId, link.participantId, link.relationship, link.linkedBy],
    );
    return written[0]?.created ?? false;
  }

  /** One page (`skip` rows in, `take` long) of the participant's carers at the site, in the order they were linked, and how many there are. */
  async carersOf(
    siteId: string,
    participantId: string,
    { skip, take }: { skip: number; take: number },
  ): Promise<{ carers: LinkedCarer[]; total: number }> {
    const linked = `FROM carer_participants l JOIN carers c ON c.id = l.carer_id
        WHERE l.participant_id = $1 AND c.site_id = $2`;
    const [carers, [{ total }]] = await Promise.all([
      this.dataSource.query<LinkedCarer[]>(
        `SELECT c.id, ${currentKind('c')} AS kind,
                coalesce(nullif(concat_ws(' ', d.given_name, d.family_name), ''), c.contact->>'name') AS name,
                l.relationship, c.stage,
                to_char(c.next_transition_on, 'YYYY-MM-DD') AS "nextTransitionOn", l.linked_at AS "linkedAt"
           FROM carer_participants l JOIN carers c ON c.id = l.carer_id
           LEFT JOIN person_details d ON d.person_kind = 'carer' AND d.person_id = c.id
          WHERE l.participant_id = $1 AND c.site_id = $2
          ORDER BY l.linked_at, c.id OFFSET $3 LIMIT $4`,
        [participantId, siteId, skip, take],
      ),
      this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total ${linked}`, [participantId, siteId]),
    ]);
    return { carers, total };
  }

  /** The ids of the participant's carers still supported at the site, in a stable order. */
  async supportedCarerIds(siteId: string, participantId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT c.id FROM carer_participants l JOIN carers c ON c.id = l.carer_id
        WHERE l.participant_id = $1 AND c.site_id = $2 AND c.stage <> 'closed'
        ORDER BY c.id`,
      [participantId, siteId],
    );
    return rows.map((row) => row.id);
  }

  /** The team supporting the carer: where their transition reminders and escalations go. */
  async teamOf(carerId: string): Promise<string> {
    const [{ team_id: teamId }] = await this.dataSource.query<{ team_id: string }[]>(
      `SELECT team_id FROM carers WHERE id = $1`,
      [carerId],
    );
    return teamId;
  }

  /**
   * Records an accepted step (its timeline entry, keyed by request id) and, when it is new, the
   * read model after it, so a retried activity changes nothing twice.
   */
  async recordStep(entry: CarerTimelineEntry): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await addCarerStep(manager, entry))) return;
      const carer = entry.carerAfter;
      await manager.query(
        `UPDATE carers
            SET stage = $3, stage_entered_on = $4::date, sequence = $5, closed_on = $6::date, closure_reason = $7,
                next_transition_on = $8::date, revision = $2, updated_at = now()
          WHERE id = $1 AND revision < $2`,
        [
          carer.carerId,
          carer.revision,
          carer.stage,
          carer.stageEnteredOn,
          carer.sequence,
          carer.closure?.closedOn ?? null,
          carer.closure?.reason ?? null,
          nextTransitionOn(carer),
        ],
      );
    });
  }

  /** Records a noticed transition point once per carer, kind and due date, and the carer's next one. */
  async recordTransitionDue(transition: DueTransition): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO carer_transitions (carer_id, transition, due_on, remind_on, site_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (carer_id, transition, due_on) DO NOTHING`,
        [transition.carerId, transition.transition, transition.dueOn, transition.remindOn, transition.siteId],
      );
      await manager.query(
        `UPDATE carers SET next_transition_on = $3::date, revision = $2, updated_at = now()
          WHERE id = $1 AND revision < $2`,
        [transition.carerId, transition.revision, transition.nextTransitionOn],
      );
    });
  }

  /** The reminder the carer was sent about a noticed transition point. */
  async setTransitionReminder(
    transition: Pick<DueTransition, 'carerId' | 'transition' | 'dueOn'>,
    reminderId: string,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE carer_transitions SET reminder_id = $4 WHERE carer_id = $1 AND transition = $2 AND due_on = $3`,
      [transition.carerId, transition.transition, transition.dueOn, reminderId],
    );
  }
}
