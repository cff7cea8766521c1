import { COHORTS } from '../cohorts';
import { AGE_BANDS, ageBand } from './age-bands';
import {
  DISABILITY_ANSWERS,
  ETHNICITIES,
  NOT_RECORDED,
  PREFER_NOT_TO_SAY,
  SEXES,
  type SiteCharacteristic,
} from './demographics';
import { orderStages } from './stage-order';
import { publishedRate, publishTables } from './suppression';

/**
 * People who have reached each stage, counted by one characteristic's answer. `dimension` is
 * `all` (value ''), `cohort`, `age` (whole years at referral), `sex`, `ethnicity`, `disability` or
 * `other:<key>` for a site's own characteristic; only recorded answers are counted.
 */
export interface TakeUpRow {
  stage: string;
  dimension: string;
  value: string;
  people: number;
}

export interface EqualityGroup {
  value: string;
  /** Rounded to the nearest 5; null under 5. */
  people: number | null;
  /** Of this group's people referred, the share who reached this stage (from the published figures). */
  ofReferred: number | null;
}

export interface EqualityTable {
  dimension: string;
  groups: EqualityGroup[];
}

export interface EqualityStage {
  stage: string;
  /** Everyone who reached the stage, rounded (see suppression.ts); null under 5. */
  people: number | null;
  dimensions: EqualityTable[];
}

interface Dimension {
  name: string;
  /** Answers in display order; answers found in the figures but not listed here follow them. */
  values: readonly string[];
  /** How a row's dimension and value map to this table's group, or undefined if not this table's. */
  groupOf: (row: TakeUpRow) => string | undefined;
  /** Whether people with no answer form a group of their own. */
  answerOptional: boolean;
}

function dimensionsFor(characteristics: readonly SiteCharacteristic[]): Dimension[] {
  const recorded = (name: string, values: readonly string[], rowDimension = name): Dimension => ({
    name,
    values,
    groupOf: (row) => (row.dimension === rowDimension ? row.value : undefined),
    answerOptional: true,
  });
  return [
    { ...recorded('cohort', COHORTS), answerOptional: false },
    {
      name: 'age-band',
      values: AGE_BANDS.map(({ band }) => band),
      groupOf: (row) => (row.dimension === 'age' ? ageBand(Number(row.value)) : undefined),
      answerOptional: false,
    },
    recorded('sex', SEXES),
    recorded('ethnicity', ETHNICITIES),
    recorded('disability', DISABILITY_ANSWERS),
    ...characteristics.map(({ key, values }) => recorded(key, [...values, PREFER_NOT_TO_SAY], `other:${key}`)),
  ];
}

/** Exact counts of one stage's table, in display order, with "not recorded" making up the total. */
function exactCounts(dimension: Dimension, rows: TakeUpRow[], total: number): [string, number][] {
  const counts = new Map<string, number>(dimension.values.map((value) => [value, 0]));
  for (const row of rows) {
    const group = dimension.groupOf(row);
    if (group !== undefined) counts.set(group, (counts.get(group) ?? 0) + row.people);
  }
  if (dimension.answerOptional) {
    const answered = [...counts.values()].reduce((sum, people) => sum + people, 0);
    counts.set(NOT_RECORDED, Math.max(0, total - answered));
  }
  return [...counts];
}

/**
 * Take-up at each stage by each characteristic and by cohort, every table suppressed and rounded
 * on its own (see suppression.ts). Shares are worked out from published figures only, so they give
 * nothing away that the counts do not.
 */
export function equalityFigures(rows: TakeUpRow[], characteristics: readonly SiteCharacteristic[]): EqualityStage[] {
  const dimensions = dimensionsFor(characteristics);
  const stages = orderStages(rows.map((row) => row.stage));
  const published = stages.map((stage) => {
    const stageRows = rows.filter((row) => row.stage === stage);
    const total = stageRows.filter((row) => row.dimension === 'all').reduce((sum, row) => sum + row.people, 0);
    const counts = dimensions.map((dimension) => exactCounts(dimension, stageRows, total));
    const { tables, total: people } = publishTables(counts.map((table) => table.map(([, count]) => count)));
    return {
      stage,
      people,
      tables: dimensions.map(({ name }, index) => ({
        dimension: name,
        groups: counts[index].map(([value], cell) => ({ value, people: tables[index][cell] })),
      })),
    };
  });

  const referred = published.find(({ stage }) => stage === 'referred');
  const referredPeople = (dimension: string, value: string) =>
    referred?.tables.find((table) => table.dimension === dimension)?.groups.find((group) => group.value === value)
      ?.people ?? null;

  return published.map(({ stage, people, tables }) => ({
    stage,
    people,
    dimensions: tables.map(({ dimension, groups }) => ({
      dimension,
      groups: groups.map(({ value, people }) => ({
        value,
        people,
        ofReferred: publishedRate(people, referredPeople(dimension, value)),
      })),
    })),
  }));
}
