import { Inject, Injectable } from '@nestjs/common';
import { STALLABLE_STAGES, type WorklistDates, type WorklistName } from '@ipc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { managerOf } from '../manager-of';

export type CaseKindCode = 'participant' | 'carer';

/** Who a listed case is, as their details name them (null where no details were recorded). */
export interface ListedName {
  givenName: string | null;
  familyName: string | null;
  preferredName: string | null;
}

/** One open case on a caseload: who holds it, where it is, and what falls due next. */
export interface CaseloadRow extends ListedName {
  caseKind: CaseKindCode;
  id: string;
  teamId: string;
  stage: string;
  stageEnteredOn: string;
  coordinatorId: string | null;
  connectorId: string | null;
  /** A person's next review, a carer's next transition point. */
  nextDueOn: string | null;
}

/** One case on a worklist, with the date the list is about and, where the list has one, a code. */
export interface WorklistRow extends Omit<CaseloadRow, 'nextDueOn'> {
  /** Referred, in the stage since, last step, due on, failed on: what the list is ordered by. */
  on: string | null;
  /** A failed reminder's purpose, a carer's transition kind. */
  detail: string | null;
  reminderId: string | null;
}

export interface RowWindow {
  skip: number;
  take: number;
}

export interface CaseloadScope {
  siteId: string;
  teamId: string;
}

const date = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const UUID_PATTERN = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;

/** The columns every list shows of a person (p) or a carer (c). */
const PERSON = `'participant'::text AS "caseKind", p.id, p.team_id AS "teamId", p.stage,
  ${date('p.stage_entered_on')} AS "stageEnteredOn", p.coordinator_id AS "coordinatorId", p.connector_id AS "connectorId"`;
const CARER = `'carer'::text AS "caseKind", c.id, c.team_id AS "teamId", c.stage,
  ${date('c.stage_entered_on')} AS "stageEnteredOn", c.coordinator_id AS "coordinatorId", NULL::varchar AS "connectorId"`;
/** The same, unformatted, for a caseload's inner query. */
const PERSON_HOLDING = `'participant'::text AS "caseKind", p.id, p.team_id AS "teamId", p.stage,
  p.stage_entered_on AS entered, p.coordinator_id AS "coordinatorId", p.connector_id AS "connectorId"`;
const CARER_HOLDING = `'carer'::text AS "caseKind", c.id, c.team_id AS "teamId", c.stage,
  c.stage_entered_on AS entered, c.coordinator_id AS "coordinatorId", NULL::varchar AS "connectorId"`;
const OPEN_PEOPLE = `FROM participants p WHERE p.site_id = $1 AND p.team_id = $2 AND p.closed_on IS NULL`;

/**
 * One worklist as one query: what it selects (ordered by `on`), from where, and its parameters
 * after the site ($1) and team ($2). Each reads one of the indexes made for it (AddCaseloads).
 */
interface WorklistQuery {
  select: string;
  from: string;
  order: string;
  params: (dates: WorklistDates) => unknown[];
}

const personList = (on: string, condition: string, params: WorklistQuery['params'], order = on): WorklistQuery => ({
  select: `${PERSON}, ${date(on)} AS "on", NULL::text AS detail, NULL::uuid AS "reminderId"`,
  from: `${OPEN_PEOPLE} AND ${condition}`,
  order: `${order}, p.id`,
  params,
});

const WORKLISTS: Record<WorklistName, WorklistQuery> = {
  // ix_participants_team_stage_entered
  'new-referrals': personList('p.stage_entered_on', `p.stage = 'referred'`, () => []),
  'awaiting-consent': personList(
    'p.stage_entered_on',
    `p.stage = 'awaiting-consent' AND p.stage_entered_on <= $3`,
    (dates) => [dates.consentWaitingSince],
  ),
  'plan-without-isr': personList(
    'p.stage_entered_on',
    `p.stage IN ('planning', 'plan-agreed')
       AND EXISTS (SELECT 1 FROM care_plans cp WHERE cp.participant_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM budget_statements s WHERE s.participant_id = p.id AND s.kind = 'indicative')`,
    () => [],
  ),
  'budget-decision-overdue': personList(
    'p.stage_entered_on',
    `p.stage = 'plan-agreed' AND p.stage_entered_on <= $3`,
    (dates) => [dates.budgetDecisionWaitingSince],
  ),
  // ix_participants_follow_up_due: the date the journey set for the light-touch follow-up.
  'follow-up-due': personList('p.follow_up_due_on', `p.follow_up_due_on <= $3`, (dates) => [dates.today]),
  // ix_participants_team_stage_last_step: one range per stage, each with its own cut-off.
  stalled: {
    select: `${PERSON}, ${date('p.last_step_on')} AS "on", NULL::text AS detail, NULL::uuid AS "reminderId"`,
    from: `FROM unnest($3::text[], $4::date[]) AS t(stage, since)
           JOIN participants p ON p.site_id = $1 AND p.team_id = $2 AND p.closed_on IS NULL
                AND p.stage = t.stage AND p.last_step_on <= t.since`,
    order: 'p.last_step_on, p.id',
    params: (dates) => [STALLABLE_STAGES, STALLABLE_STAGES.map((stage) => dates.stalledSince[stage])],
  },
  // ix_participants_review_due
  'reviews-due': personList(
    'p.next_review_due_on',
    `p.next_review_due_on >= $3 AND p.next_review_due_on <= $4`,
    (dates) => [dates.today, dates.reviewsDueBy],
  ),
  'reviews-overdue': personList('p.next_review_due_on', `p.next_review_due_on < $3`, (dates) => [dates.today]),
  // Noticed transition points (carer_transitions) and the next one not yet noticed (carers).
  'carer-transitions': {
    select: `${CARER}, ${date('t.due_on')} AS "on", t.transition AS detail, NULL::uuid AS "reminderId"`,
    from: `FROM (SELECT carer_id, transition, due_on FROM carer_transitions
                  WHERE site_id = $1 AND due_on >= $3 AND due_on <= $4
                 UNION ALL
                 SELECT id, NULL, next_transition_on FROM carers
                  WHERE site_id = $1 AND team_id = $2 AND closed_on IS NULL
                    AND next_transition_on >= $3 AND next_transition_on <= $4) t
           JOIN carers c ON c.id = t.carer_id
          WHERE c.team_id = $2 AND c.closed_on IS NULL`,
    order: 't.due_on, c.id, t.transition',
    params: (dates) => [dates.today, dates.carerTransitionsBy],
  },
  // ix_reminders_site_failed; a reminder belongs to its carer's team, else its person's.
  'failed-reminders': {
    select: `CASE WHEN c.id IS NULL THEN 'participant' ELSE 'carer' END AS "caseKind", COALESCE(c.id, p.id) AS id,
             COALESCE(c.team_id, p.team_id) AS "teamId", COALESCE(c.stage, p.stage) AS stage,
             ${date('COALESCE(c.stage_entered_on, p.stage_entered_on)')} AS "stageEnteredOn",
             COALESCE(c.coordinator_id, p.coordinator_id) AS "coordinatorId",
             CASE WHEN c.id IS NULL THEN p.connector_id END AS "connectorId",
             ${date(`(r.failed_at AT TIME ZONE 'Europe/London')`)} AS "on", r.purpose AS detail, r.id AS "reminderId"`,
    from: `FROM reminders r
           LEFT JOIN carers c ON c.id = CASE WHEN r.carer_id ~ ${UUID_PATTERN} THEN r.carer_id::uuid END
           LEFT JOIN participants p ON c.id IS NULL
                 AND p.id = CASE WHEN r.participant_id ~ ${UUID_PATTERN} THEN r.participant_id::uuid END
          WHERE r.site_id = $1 AND r.status = 'failed' AND COALESCE(c.team_id, p.team_id) = $2`,
    order: 'r.failed_at DESC, r.id',
    params: () => [],
  },
};

/**
 * Caseloads and worklists: read-only lists over the cases' read models. Each list is one query,
 * counted and paged the same way, so a count and its first page always agree.
 */
@Injectable()
export class CaseloadRepository {
  private readonly manager: EntityManager;

  constructor(@Inject(DataSource) db: DataSource | EntityManager) {
    this.manager = managerOf(db);
  }

  /** The open cases a staff member holds: as a person's coordinator or connector, or a carer's coordinator. */
  staffCaseload(siteId: string, staffId: string, window: RowWindow) {
    return this.caseload(
      [
        `SELECT ${PERSON_HOLDING}, p.next_review_due_on AS due FROM participants p
          WHERE p.site_id = $1 AND p.closed_on IS NULL AND (p.coordinator_id = $2 OR p.connector_id = $2)`,
        `SELECT ${CARER_HOLDING}, c.next_transition_on AS due FROM carers c
          WHERE c.site_id = $1 AND c.closed_on IS NULL AND c.coordinator_id = $2`,
      ],
      [siteId, staffId],
      window,
    );
  }

  /** A team's open cases, persons and carers. */
  teamCaseload(scope: CaseloadScope, window: RowWindow) {
    return this.caseload(
      [
        `SELECT ${PERSON_HOLDING}, p.next_review_due_on AS due ${OPEN_PEOPLE}`,
        `SELECT ${CARER_HOLDING}, c.next_transition_on AS due FROM carers c
          WHERE c.site_id = $1 AND c.team_id = $2 AND c.closed_on IS NULL`,
      ],
      [scope.siteId, scope.teamId],
      window,
    );
  }

  /** How many cases each of a team's worklists holds. */
  async worklistCounts(scope: CaseloadScope, dates: WorklistDates): Promise<Record<WorklistName, number>> {
    const names = Object.keys(WORKLISTS) as WorklistName[];
    const counts = await Promise.all(names.map((name) => this.count(name, scope, dates)));
    return Object.fromEntries(names.map((name, index) => [name, counts[index]])) as Record<WorklistName, number>;
  }

  /** One page of a worklist and how many it holds. */
  async worklist(
    name: WorklistName,
    scope: CaseloadScope,
    dates: WorklistDates,
    window: RowWindow,
  ): Promise<{ rows: WorklistRow[]; total: number }> {
    const list = WORKLISTS[name];
    const params = [scope.siteId, scope.teamId, ...list.params(dates)];
    const next = params.length;
    const [rows, total] = await Promise.all([
      this.manager.query<Omit<WorklistRow, keyof ListedName>[]>(
        `SELECT ${list.select} ${list.from} ORDER BY ${list.order} OFFSET $${next + 1} LIMIT $${next + 2}`,
        [...params, window.skip, window.take],
      ),
      this.count(name, scope, dates),
    ]);
    return { rows: await this.named(rows), total };
  }

  private async count(name: WorklistName, scope: CaseloadScope, dates: WorklistDates): Promise<number> {
    const list = WORKLISTS[name];
    const [{ total }] = await this.manager.query<{ total: number }[]>(`SELECT count(*)::int AS total ${list.from}`, [
      scope.siteId,
      scope.teamId,
      ...list.params(dates),
    ]);
    return total;
  }

  /**
   * A page of cases in due order, people and carers together. Each kind gives at most the rows up to
   * the page's end in its own index order (ix_participants_team_caseload, ix_carers_team_caseload),
   * so a first page reads a few index entries of each instead of sorting the whole team.
   */
  private async caseload([people, carers]: [string, string], params: unknown[], window: RowWindow) {
    const upTo = `$${params.length + 1}`;
    const page = `(${people} ORDER BY due, id LIMIT ${upTo}) UNION ALL (${carers} ORDER BY due, id LIMIT ${upTo})`;
    const [rows, [{ total }]] = await Promise.all([
      this.manager.query<Omit<CaseloadRow, keyof ListedName>[]>(
        `SELECT "caseKind", id, "teamId", stage, to_char(entered, 'YYYY-MM-DD') AS "stageEnteredOn",
                "coordinatorId", "connectorId", to_char(due, 'YYYY-MM-DD') AS "nextDueOn"
           FROM (${page}) cases
          ORDER BY due ASC NULLS LAST, id OFFSET $${params.length + 2} LIMIT $${params.length + 3}`,
        [...params, window.skip + window.take, window.skip, window.take],
      ),
      this.manager.query<{ total: number }[]>(
        `SELECT (SELECT count(*) FROM (${people}) p) + (SELECT count(*) FROM (${carers}) c) AS total`,
        params,
      ),
    ]);
    return { rows: await this.named(rows), total: Number(total) };
  }

  /** The page's cases with their names: one read of person_details by key for the page alone, so a list costs the same at any size. */
  private async named<Row extends { caseKind: CaseKindCode; id: string }>(rows: Row[]): Promise<(Row & ListedName)[]> {
    if (rows.length === 0) return [];
    const found = await this.manager.query<({ kind: CaseKindCode; id: string } & ListedName)[]>(
      `SELECT d.person_kind AS kind, d.person_id AS id, d.given_name AS "givenName", d.family_name AS "familyName",
              d.preferred_name AS "preferredName"
         FROM person_details d
         JOIN unnest($1::varchar[], $2::uuid[]) AS listed(kind, id) ON d.person_kind = listed.kind AND d.person_id = listed.id`,
      [rows.map((row) => row.caseKind), rows.map((row) => row.id)],
    );
    const names = new Map(found.map(({ kind, id, ...name }) => [`${kind}:${id}`, name]));
    const unnamed: ListedName = { givenName: null, familyName: null, preferredName: null };
    return rows.map((row) => ({ ...row, ...(names.get(`${row.caseKind}:${row.id}`) ?? unnamed) }));
  }
}
