import { Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import {
  COHORTS,
  type EqualityStage,
  equalityFigures,
  expectedCount,
  per1000,
  PROJECTION_MEASURES,
  type ProjectionMeasure,
  SUPPRESSION_RULE,
  type ThroughputFigures,
  throughputFigures,
} from '@ipc/domain';
import {
  type BudgetFigures,
  type BudgetHolderRow,
  type CohortCountRow,
  type CohortStageRow,
  ProgrammeReadModelsRepository,
  type ReviewFigures,
} from '@ipc/persistence';
import { todayInLondon } from '../common/calendar-date.validator';
import type { EqualityQuery } from './dto/equality.query';
import type { PeriodQuery } from './dto/period.query';
import { type Period, resolvePeriod, splitIntoMonths } from './period';
import { SiteSettingsService } from './site-settings.service';

export interface ThroughputReport extends ThroughputFigures {
  siteId: string;
  period: Period;
  reviews: ReviewFigures;
  budgets: BudgetFigures;
}

export interface ProjectionFigure {
  measure: ProjectionMeasure;
  available: boolean;
  actual: number;
  actualPer1000: number | null;
  expectedPer1000: number | null;
  expected: number | null;
}

export interface ProjectionReport {
  siteId: string;
  asOf: string;
  population: number | null;
  measures: ProjectionFigure[];
  byCohort: { cohort: string; measures: Omit<ProjectionFigure, 'expectedPer1000' | 'expected'>[] }[];
}

export interface EqualityReport {
  siteId: string;
  asOf: string;
  suppression: { rule: string };
  stages: EqualityStage[];
}

/** The stages a person is in the IPC cohort at: eligibility confirmed and the journey still open. */
const OUTSIDE_THE_COHORT = new Set(['referred', 'closed']);

/** Programme figures for a site: throughput, the projection per 1,000, and equality of take-up. */
@Injectable()
export class ProgrammeFiguresService {
  constructor(
    private readonly readModels: ProgrammeReadModelsRepository,
    private readonly siteSettings: SiteSettingsService,
  ) {}

  async throughput(staff: StaffMember, query: PeriodQuery): Promise<ThroughputReport> {
    const period = resolvePeriod(query, todayInLondon());
    await this.readModels.fold('stays', staff.siteId);
    await this.readModels.fold('outcomes', staff.siteId);
    const [entries, peopleNow, stayLengths, reviews, budgets] = await Promise.all([
      this.readModels.stageEntries(staff.siteId, period),
      this.readModels.peopleNow(staff.siteId),
      this.readModels.stayLengths(staff.siteId, { ...splitIntoMonths(period.from, period.to), asOf: period.asOf }),
      this.readModels.reviews(staff.siteId, period, todayInLondon()),
      this.readModels.budgets(staff.siteId),
    ]);
    const figures = throughputFigures({
      entries,
      peopleNow: peopleNow.map(({ stage, people }) => ({ stage, people })),
      stayLengths,
    });
    return { siteId: staff.siteId, period, ...figures, reviews, budgets };
  }

  async projection(staff: StaffMember): Promise<ProjectionReport> {
    await this.readModels.fold('stays', staff.siteId);
    await this.readModels.fold('outcomes', staff.siteId);
    const [settings, peopleNow, withPlan, budgetHolders] = await Promise.all([
      this.siteSettings.current(staff.siteId),
      this.readModels.peopleNow(staff.siteId),
      this.readModels.openWithCarePlan(staff.siteId),
      this.readModels.budgetHolders(staff.siteId),
    ]);
    const { population } = settings;
    const actual = actualByMeasure(peopleNow, withPlan, budgetHolders);
    const figure = (measure: ProjectionMeasure, cohort?: string) => {
      const count = actual[measure](cohort);
      return { measure, available: true, actual: count, actualPer1000: per1000(count, population) };
    };
    return {
      siteId: staff.siteId,
      asOf: todayInLondon(),
      population,
      measures: PROJECTION_MEASURES.map((measure) => ({
        ...figure(measure),
        expectedPer1000: settings.expectedPer1000[measure],
        expected: expectedCount(settings.expectedPer1000[measure], population),
      })),
      byCohort: COHORTS.map((cohort) => ({
        cohort,
        measures: PROJECTION_MEASURES.map((measure) => figure(measure, cohort)),
      })),
    };
  }

  async equality(staff: StaffMember, query: EqualityQuery): Promise<EqualityReport> {
    await this.readModels.fold('takeUp', staff.siteId);
    const [settings, rows] = await Promise.all([
      this.siteSettings.current(staff.siteId),
      this.readModels.takeUp(staff.siteId),
    ]);
    const stages = equalityFigures(rows, settings.characteristics);
    return {
      siteId: staff.siteId,
      asOf: todayInLondon(),
      suppression: { rule: SUPPRESSION_RULE },
      stages: query.stage ? stages.filter(({ stage }) => stage === query.stage) : stages,
    };
  }
}

type Counter = (cohort?: string) => number;

function actualByMeasure(
  peopleNow: CohortStageRow[],
  withPlan: CohortCountRow[],
  budgetHolders: BudgetHolderRow[],
): Record<ProjectionMeasure, Counter> {
  const inCohort = (row: { cohort: string }, cohort?: string) => cohort === undefined || row.cohort === cohort;
  const sum = (rows: { people: number }[]) => rows.reduce((total, row) => total + row.people, 0);
  return {
    'ipc-cohort': (cohort) =>
      sum(peopleNow.filter((row) => inCohort(row, cohort) && !OUTSIDE_THE_COHORT.has(row.stage))),
    'care-plan': (cohort) => sum(withPlan.filter((row) => inCohort(row, cohort))),
    'personal-budget': (cohort) =>
      budgetHolders.filter((row) => inCohort(row, cohort)).reduce((total, row) => total + row.personalBudget, 0),
    'personal-health-budget': (cohort) =>
      budgetHolders.filter((row) => inCohort(row, cohort)).reduce((total, row) => total + row.personalHealthBudget, 0),
  };
}
