import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { addDays, type ReviewRule, reviewRuleProblems } from '@ipc/domain';
import { findReviewRules, saveReviewRules } from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { todayInLondon } from '../common/calendar-date.validator';
import { pageOf, pageWindow } from '../common/page.query';
import { problems } from '../problem/problem.exception';
import { journeyCase } from '../cases/case-kind';
import { CaseStepsService } from '../cases/case-steps.service';
import type { ReviewDto, ReviewRequestDto } from './dto/review.dto';
import type { ReviewRulesDto } from './dto/review-rules.dto';
import type { ReviewsDueQuery } from './dto/reviews-due.query';
import { reviewRequestStep, reviewStep } from './review.steps';

/** Reviews held and asked for, the site's review rules, and the team's list of reviews falling due. */
@Injectable()
export class ReviewsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly steps: CaseStepsService,
  ) {}

  recordReview(staff: StaffMember, participantId: string, dto: ReviewDto, idempotencyKey: string) {
    return this.steps.send(journeyCase, staff, participantId, reviewStep(dto), idempotencyKey);
  }

  requestReview(staff: StaffMember, participantId: string, dto: ReviewRequestDto, idempotencyKey: string) {
    return this.steps.send(journeyCase, staff, participantId, reviewRequestStep(dto), idempotencyKey);
  }

  /** Open journeys of a team whose review is overdue or due within the window, soonest first. */
  async due(staff: StaffMember, query: ReviewsDueQuery) {
    const today = todayInLondon();
    const until = addDays(today, Number.parseInt(query.within, 10));
    const teamId = query.teamId ?? staff.teamId;
    const { skip, take } = pageWindow(query);
    const due = `FROM participants
        WHERE site_id = $1 AND team_id = $2 AND closed_on IS NULL AND next_review_due_on <= $3`;
    const [rows, [{ total }]]: [{ id: string; stage: string; cohort: string; dueOn: string }[], { total: number }[]] =
      await Promise.all([
        this.dataSource.query(
          `SELECT id, stage, cohort, to_char(next_review_due_on, 'YYYY-MM-DD') AS "dueOn"
             ${due} ORDER BY next_review_due_on, id OFFSET $4 LIMIT $5`,
          [staff.siteId, teamId, until, skip, take],
        ),
        this.dataSource.query(`SELECT count(*)::int AS total ${due}`, [staff.siteId, teamId, until]),
      ]);
    const reviews = rows.map((row) => ({
      participantId: row.id,
      stage: row.stage,
      cohort: row.cohort,
      dueOn: row.dueOn,
      overdue: row.dueOn < today,
    }));
    return { teamId, asOf: today, until, ...pageOf(query, reviews, total) };
  }

  /** The site's rule sets, in the shape `PUT` takes. */
  async rules(staff: StaffMember): Promise<{ rules: ReviewRule[] }> {
    return { rules: await findReviewRules(this.dataSource.manager, staff.siteId) };
  }

  async setRules(staff: StaffMember, dto: ReviewRulesDto): Promise<{ rules: ReviewRule[] }> {
    const rules: ReviewRule[] = JSON.parse(JSON.stringify(dto.rules));
    const ruleProblems = reviewRuleProblems(rules);
    if (ruleProblems.length) throw problems.validation(ruleProblems);
    await saveReviewRules(this.dataSource.manager, staff.siteId, rules, staff.staffId);
    return { rules };
  }
}
