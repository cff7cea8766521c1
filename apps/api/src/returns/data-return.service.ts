import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { publishCount, publishTable } from '@ipc/domain';
import { DataReturnRepository } from '@ipc/persistence';
import { todayInLondon } from '../common/calendar-date.validator';
import { parseQuarter } from './quarter';

/** A count as published: null under 5 (0 included), otherwise rounded to the nearest 5. */
type Published = number | null;

export interface PublishedMoney {
  people: Published;
  /** Exact pence, shown only beside a count of people that is shown. */
  totalPence: number | null;
}

export interface DataReturn {
  siteId: string;
  quarter: string;
  period: { from: string; to: string };
  /** Only what was recorded before this instant is counted: midnight in London after the quarter. */
  recordedBefore: string;
  counting: { rule: string };
  suppression: { rule: string };
  people: { identified: Published; withPlan: Published; withPersonalBudget: Published };
  personalBudgets: {
    byDeployment: ({ deployment: string } & PublishedMoney)[];
    byFundingStream: ({ fundingStream: string } & PublishedMoney)[];
  };
  carers: { identified: Published; assessed: Published };
  reviews: { held: Published; onTime: Published; late: Published };
  outcomeMeasures: {
    activation: { measures: Published; people: Published };
    qualityOfLife: { instrument: string; measures: Published; people: Published }[];
  };
}

export const COUNTING_RULE =
  'Events (people identified, carers identified and assessed, reviews, measures taken) count in the quarter ' +
  'their effective date falls in if recorded by its end, or, recorded later, in the quarter they were recorded ' +
  'in; plans and budgets are those in force on the last day, as recorded by its end. A quarter that has ended ' +
  'always gives the same return.';

export const SUPPRESSION_RULE =
  'Counts under 5 (0 included) are null; every other count is rounded to the nearest 5 (reviews held shown 5 ' +
  'lower where it alone would let a hidden count be worked out); a sum of pence is shown only beside a count shown.';

const money = ({ people, totalPence }: { people: number; totalPence: number }): PublishedMoney => {
  const shown = publishCount(people);
  return { people: shown, totalPence: shown === null ? null : totalPence };
};

/**
 * The periodic data return for a calendar quarter: the programme's counts for the site, as the
 * record stood at the quarter's end, with small numbers suppressed. Never a person's details.
 */
@Injectable()
export class DataReturnService {
  constructor(@Inject(DataReturnRepository) private readonly counts: Pick<DataReturnRepository, 'quarter'>) {}

  async quarter(staff: StaffMember, quarterName: string): Promise<DataReturn> {
    const quarter = parseQuarter(quarterName, todayInLondon());
    const counts = await this.counts.quarter(staff.siteId, quarter);
    const reviews = publishTable([counts.reviewsOnTime, counts.reviewsLate]);
    return {
      siteId: staff.siteId,
      quarter: quarter.name,
      period: { from: quarter.from, to: quarter.to },
      recordedBefore: counts.recordedBefore,
      counting: { rule: COUNTING_RULE },
      suppression: { rule: SUPPRESSION_RULE },
      people: {
        identified: publishCount(counts.identified),
        withPlan: publishCount(counts.withPlan),
        withPersonalBudget: publishCount(counts.withPersonalBudget),
      },
      personalBudgets: {
        byDeployment: counts.byDeployment.map(({ deployment, ...figures }) => ({ deployment, ...money(figures) })),
        byFundingStream: counts.byFunder.map(({ funder, ...figures }) => ({
          fundingStream: funder,
          ...money(figures),
        })),
      },
      carers: { identified: publishCount(counts.carersIdentified), assessed: publishCount(counts.carersAssessed) },
      reviews: { held: reviews.total, onTime: reviews.cells[0], late: reviews.cells[1] },
      outcomeMeasures: {
        activation: {
          measures: publishCount(counts.activationMeasures),
          people: publishCount(counts.activationPeople),
        },
        qualityOfLife: counts.qualityOfLife.map(({ instrument, measures, people }) => ({
          instrument,
          measures: publishCount(measures),
          people: publishCount(people),
        })),
      },
    };
  }
}
