import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type StaffMember } from '@ipc/config';
import {
  type EvaluationBudgetRow,
  EvaluationExtractRepository,
  type EvaluationMeasureRow,
  type EvaluationPersonRow,
} from '@ipc/persistence';
import { todayInLondon } from '../common/calendar-date.validator';
import { problems } from '../problem/problem.exception';
import { monthOf, postcodeDistrict, pseudonymOf } from './pseudonymisation';

export interface MonthlyScore {
  score: number;
  month: string;
}

export interface MeasuresSummary {
  measures: number;
  first: MonthlyScore | null;
  latest: MonthlyScore | null;
}

export interface EvaluationRow {
  pseudonym: string;
  cohort: string;
  stage: string;
  birthMonth: string;
  referredMonth: string;
  identifiedMonth: string | null;
  planAgreedMonth: string | null;
  closedMonth: string | null;
  postcodeDistrict: string | null;
  studyArm: string | null;
  budget: {
    totalPence: number;
    nhsPence: number;
    socialCarePence: number;
    educationPence: number;
    contributionPence: number;
    indicativeTotalPence: number | null;
  } | null;
  activation: MeasuresSummary;
  qualityOfLife: ({ instrument: string; version: string } & MeasuresSummary)[];
}

/** No day-precision date anywhere, so not the day it was taken either. */
export interface EvaluationExtract {
  siteId: string;
  items: EvaluationRow[];
  total: number;
}

const month = (date: string | undefined) => (date ? monthOf(date) : null);

function summary(scores: EvaluationMeasureRow[]): MeasuresSummary {
  const scored = (row: EvaluationMeasureRow | undefined) =>
    row ? { score: row.score, month: monthOf(row.measuredOn) } : null;
  return { measures: scores.length, first: scored(scores[0]), latest: scored(scores.at(-1)) };
}

const budgetView = (budget: EvaluationBudgetRow | null): EvaluationRow['budget'] =>
  budget && {
    totalPence: budget.totalPence,
    nhsPence: budget.byFunder.nhs ?? 0,
    socialCarePence: budget.byFunder.socialCare ?? 0,
    educationPence: budget.byFunder.education ?? 0,
    contributionPence: budget.contributionPence,
    indicativeTotalPence: budget.indicativeTotalPence,
  };

/**
 * The evaluation extract: one row per person whose consent to the evaluation is in force today,
 * pseudonymised (a keyed hash for the NHS number, no names or contact details, months for dates,
 * the postcode district for the address), in pseudonym order so it says nothing of who came first.
 */
@Injectable()
export class EvaluationExtractService {
  constructor(
    @Inject(EvaluationExtractRepository)
    private readonly records: Pick<EvaluationExtractRepository, 'consentingPeople' | 'measures'>,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'evaluation'>,
  ) {}

  async extract(staff: StaffMember): Promise<EvaluationExtract> {
    const secret = this.config.evaluation.hashSecretOf(staff.siteId);
    if (!secret) {
      throw problems.conflict(
        'evaluation-secret-not-set',
        'The site has no secret for the evaluation extract',
        `EVALUATION_HASH_SECRETS has no secret for ${staff.siteId}`,
      );
    }
    const people = await this.records.consentingPeople(staff.siteId, todayInLondon());
    const measures = people.length ? await this.records.measures(people.map((person) => person.participantId)) : [];
    const byPerson = new Map<string, EvaluationMeasureRow[]>();
    for (const measure of measures)
      byPerson.set(measure.participantId, [...(byPerson.get(measure.participantId) ?? []), measure]);
    const items = people
      .map((person) => this.row(person, secret, byPerson.get(person.participantId) ?? []))
      .sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
    return { siteId: staff.siteId, items, total: items.length };
  }

  /** `own`: the person's scores in the order taken. */
  private row(person: EvaluationPersonRow, secret: string, own: EvaluationMeasureRow[]): EvaluationRow {
    const instruments = [...new Set(own.map(({ measure }) => measure).filter((measure) => measure !== 'activation'))];
    return {
      pseudonym: pseudonymOf(person.nhsNumber, secret),
      cohort: person.cohort,
      stage: person.stage,
      birthMonth: monthOf(person.dateOfBirth),
      referredMonth: monthOf(person.referredOn),
      identifiedMonth: month(person.stageDates.identified),
      planAgreedMonth: month(person.stageDates['plan-agreed']),
      closedMonth: month(person.stageDates.closed),
      postcodeDistrict: person.postcodeKey ? postcodeDistrict(person.postcodeKey) : null,
      studyArm: person.studyArm,
      budget: budgetView(person.budget),
      activation: summary(own.filter(({ measure }) => measure === 'activation')),
      qualityOfLife: instruments.sort().map((instrument) => {
        const scores = own.filter(({ measure }) => measure === instrument);
        return { instrument, version: scores.at(-1)?.version ?? '', ...summary(scores) };
      }),
    };
  }
}
