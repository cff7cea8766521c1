import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { managerOf } from '../manager-of';
import type { StepTimeline } from '../timeline.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AssignmentChange = 'coordinator' | 'connector' | 'team';

/** Who holds a case now, and where it is. */
export interface CaseHolders {
  id: string;
  stage: string;
  teamId: string;
  coordinatorId: string | null;
  /** Null for a carer, who has no connector. */
  connectorId: string | null;
  closedOn: string | null;
}

/** A change of holder as the API records it; `reason` is free text and stays here. */
export interface NewAssignment {
  siteId: string;
  ownerId: string;
  requestId: string;
  change: AssignmentChange;
  toId: string;
  reason: string | null;
  actor: { staffId: string; teamId: string };
  effectiveOn: string;
}

/** How an assignment ended: recorded now, recorded before under the same request, or nothing to record. */
export type AssignmentOutcome =
  | { outcome: 'recorded' | 'already-recorded'; holders: CaseHolders }
  | { outcome: 'not-found' }
  | { outcome: 'closed'; holders: CaseHolders };

const HOLDER_COLUMNS: Record<AssignmentChange, string> = {
  coordinator: 'coordinator_id',
  connector: 'connector_id',
  team: 'team_id',
};

/**
 * Who holds each case (its team, coordinator and connector) and the record of every change of
 * holder. Written by the API: holding a case is a record, not a stage, so no workflow is asked; the
 * reminder activities read the holders from here when they send.
 */
@Injectable()
export class CaseAssignmentsRepository {
  private readonly manager: EntityManager;

  constructor(@Inject(DataSource) db: DataSource | EntityManager) {
    this.manager = managerOf(db);
  }

  /** The case's holders, if it belongs to the site. */
  async holders(timeline: StepTimeline, ownerId: string, siteId: string): Promise<CaseHolders | undefined> {
    if (!UUID.test(ownerId)) return undefined;
    const [holders] = await this.manager.query<CaseHolders[]>(
      `SELECT ${holderColumns(timeline)} FROM ${timeline.ownerTable} WHERE id = $1 AND site_id = $2`,
      [ownerId, siteId],
    );
    return holders;
  }

  /**
   * Records a change of holder and makes it the case's at once (the caseloads read it), under the
   * case's row lock so two changes never interleave. A request already recorded changes nothing and
   * answers the holders now; a closed case keeps its holders.
   */
  async assign(timeline: StepTimeline, assignment: NewAssignment): Promise<AssignmentOutcome> {
    if (assignment.change === 'connector' && !timeline.connectorColumn) throw new Error('A carer has no connector');
    return this.manager.transaction(async (manager) => {
      const { ownerTable, ownerColumn, sequenceColumn } = timeline;
      const [current] = await manager.query<(CaseHolders & { sequence: number })[]>(
        `SELECT ${holderColumns(timeline)}, ${sequenceColumn} AS sequence
           FROM ${ownerTable} WHERE id = $1 AND site_id = $2 FOR UPDATE`,
        [assignment.ownerId, assignment.siteId],
      );
      if (!current) return { outcome: 'not-found' };
      const { sequence, ...holders } = current;
      const [earlier] = await manager.query<unknown[]>(
        `SELECT 1 FROM case_assignments WHERE ${ownerColumn} = $1 AND request_id = $2`,
        [assignment.ownerId, assignment.requestId],
      );
      if (earlier) return { outcome: 'already-recorded', holders };
      if (holders.closedOn) return { outcome: 'closed', holders };
      const column = HOLDER_COLUMNS[assignment.change];
      const fromId = holders[holderKey(assignment.change)];
      await manager.query(
        `INSERT INTO case_assignments
           (site_id, ${ownerColumn}, request_id, after_sequence, stage, change, from_id, to_id, reason,
            actor_staff_id, actor_team_id, effective_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          assignment.siteId,
          assignment.ownerId,
          assignment.requestId,
          sequence,
          holders.stage,
          assignment.change,
          fromId,
          assignment.toId,
          assignment.reason,
          assignment.actor.staffId,
          assignment.actor.teamId,
          assignment.effectiveOn,
        ],
      );
      await manager.query(`UPDATE ${ownerTable} SET ${column} = $2, updated_at = now() WHERE id = $1`, [
        assignment.ownerId,
        assignment.toId,
      ]);
      return { outcome: 'recorded', holders: { ...holders, [holderKey(assignment.change)]: assignment.toId } };
    });
  }
}

const holderKey = (change: AssignmentChange) =>
  (({ coordinator: 'coordinatorId', connector: 'connectorId', team: 'teamId' }) as const)[change];

const holderColumns = (timeline: StepTimeline) =>
  `id, stage, team_id AS "teamId", coordinator_id AS "coordinatorId",
   ${timeline.connectorColumn ?? 'NULL::varchar'} AS "connectorId", to_char(closed_on, 'YYYY-MM-DD') AS "closedOn"`;
