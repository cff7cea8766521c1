import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { stepsAsRecorded } from '../journeys/steps-as-recorded';

/** A person in the evaluation as the record holds them; the API pseudonymises and coarsens it. */
export interface EvaluationPersonRow {
  participantId: string;
  nhsNumber: string;
  cohort: string;
  stage: string;
  dateOfBirth: string;
  referredOn: string;
  /** First date each stage was entered. */
  stageDates: Record<string, string>;
  postcodeKey: string | null;
  studyArm: string | null;
  budget: EvaluationBudgetRow | null;
}

export interface EvaluationBudgetRow {
  totalPence: number;
  byFunder: Record<string, number>;
  contributionPence: number;
  indicativeTotalPence: number | null;
}

/** One score of a person's, in the order taken: a PAM score, or a quality-of-life instrument's. */
export interface EvaluationMeasureRow {
  participantId: string;
  /** `activation`, or the quality-of-life instrument. */
  measure: string;
  version: string | null;
  score: number;
  measuredOn: string;
}

/**
 * The evaluation extract's reads: people whose consent in force for the `evaluation` scope is
 * `given` (the latest decision by effective date, then as recorded, as `GET .../consent` shows it),
 * and their scores.
 */
@Injectable()
export class EvaluationExtractRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async consentingPeople(siteId: string, today: string): Promise<EvaluationPersonRow[]> {
    const rows = await this.dataSource.query<
      (Omit<EvaluationPersonRow, 'budget'> & { budget: Record<string, string | Record<string, number>> | null })[]
    >(
      `WITH in_force AS (
         SELECT DISTINCT ON (record_id) record_id, decision
           FROM consent_decisions
          WHERE site_id = $1 AND record_kind = 'participant' AND scope = 'evaluation' AND effective_on <= $2
          ORDER BY record_id, effective_on DESC, recorded_at DESC
       )
       SELECT p.id AS "participantId", p.nhs_number AS "nhsNumber", p.cohort, p.stage,
              to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
              to_char(p.referred_on, 'YYYY-MM-DD') AS "referredOn", p.stage_dates AS "stageDates",
              d.postcode_key AS "postcodeKey", arm.arm AS "studyArm",
              CASE WHEN b.total_pence IS NULL THEN NULL ELSE jsonb_build_object(
                'totalPence', b.total_pence, 'byFunder', b.by_funder, 'contributionPence', b.contribution_pence,
                'indicativeTotalPence', b.indicative_total_pence) END AS budget
         FROM in_force c
         JOIN participants p ON p.id = c.record_id AND p.site_id = $1
         LEFT JOIN person_details d ON d.person_kind = 'participant' AND d.person_id = p.id
         LEFT JOIN LATERAL (
           SELECT arm FROM study_arm_assignments WHERE participant_id = p.id ORDER BY assigned_at DESC LIMIT 1
         ) arm ON true
         LEFT JOIN LATERAL (
           SELECT total_pence, by_funder, contribution_pence, indicative_total_pence
             FROM personal_budgets WHERE participant_id = p.id ORDER BY version DESC LIMIT 1
         ) b ON true
        WHERE c.decision = 'given'`,
      [siteId, today],
    );
    return rows.map(({ budget, ...person }) => ({
      ...person,
      budget: budget && {
        totalPence: Number(budget.totalPence),
        byFunder: budget.byFunder as Record<string, number>,
        contributionPence: Number(budget.contributionPence),
        indicativeTotalPence: budget.indicativeTotalPence === null ? null : Number(budget.indicativeTotalPence),
      },
    }));
  }

  /** The people's PAM scores (as their timelines read now) and quality-of-life scores, each in the order taken. */
  async measures(participantIds: string[]): Promise<EvaluationMeasureRow[]> {
    const rows = await this.dataSource.query<(Omit<EvaluationMeasureRow, 'score'> & { score: string })[]>(
      `SELECT participant_id AS "participantId", 'activation' AS measure, NULL AS version,
              score, to_char(effective_on, 'YYYY-MM-DD') AS "measuredOn", 0 AS kind, sequence
         FROM (${stepsAsRecorded({ owners: 'SELECT unnest($1::uuid[])', before: "'infinity'" })}) steps
        WHERE step = 'activation' AND score IS NOT NULL
       UNION ALL
       SELECT participant_id, instrument, version, score::text, to_char(measured_on, 'YYYY-MM-DD'), 1,
              extract(epoch FROM recorded_at)
         FROM quality_of_life_measures WHERE participant_id = ANY($1)
        ORDER BY "participantId", kind, "measuredOn", sequence`,
      [participantIds],
    );
    return rows.map(({ score, participantId, measure, version, measuredOn }) => ({
      participantId,
      measure,
      version,
      score: Number(score),
      measuredOn,
    }));
  }
}
