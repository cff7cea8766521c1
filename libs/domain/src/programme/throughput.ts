import { addToHistogram, percentileOfDays } from './percentiles';
import { FINAL_STAGES, orderStages } from './stage-order';
import { SMALL_COUNT_LIMIT } from './suppression';

/** Stays that began in the period, by the stage they came from, the stage, and where they went next. */
export interface StageEntryRow {
  fromStage: string | null;
  stage: string;
  /** The stage moved to next; null while the person is still there. */
  nextStage: string | null;
  stays: number;
}

export interface StagePopulationRow {
  stage: string;
  people: number;
}

/** Stays that ended in the period (finished) or were still going at its end, by whole days. */
export interface StayLengthRow {
  stage: string;
  days: number;
  stays: number;
  finished: boolean;
}

export interface ThroughputInput {
  entries: StageEntryRow[];
  peopleNow: StagePopulationRow[];
  stayLengths: StayLengthRow[];
}

export interface StageConversion {
  stage: string;
  entered: number;
  movedOn: number;
  closed: number;
  stillThere: number;
  /** movedOn / entered, to 4 decimal places; null when no one entered. */
  rate: number | null;
  nextStages: { stage: string; stays: number }[];
}

export interface TimeInStage {
  stage: string;
  stays: number;
  finished: number;
  stillThere: number;
  /** Nearest-rank, in whole days; null under 5 stays, so no one's own wait can be read off. */
  medianDays: number | null;
  p90Days: number | null;
}

export interface ThroughputFigures {
  stages: string[];
  peopleNow: { stage: string; people: number }[];
  peopleNowTotal: number;
  moves: { referrals: number; total: number; between: { from: string; to: string; moves: number }[] };
  conversion: StageConversion[];
  timeInStage: TimeInStage[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Throughput figures from the read models' rows (pure, so every definition is tested here). */
export function throughputFigures({ entries, peopleNow, stayLengths }: ThroughputInput): ThroughputFigures {
  const stages = orderStages([
    ...entries.flatMap((row) => [row.stage, ...(row.fromStage ? [row.fromStage] : [])]),
    ...peopleNow.map((row) => row.stage),
    ...stayLengths.map((row) => row.stage),
  ]);
  const position = (stage: string) => stages.indexOf(stage);
  const open = stages.filter((stage) => !FINAL_STAGES.includes(stage));

  const between = new Map<string, { from: string; to: string; moves: number }>();
  for (const row of entries) {
    if (!row.fromStage) continue;
    const key = `${row.fromStage}>${row.stage}`;
    const move = between.get(key) ?? { from: row.fromStage, to: row.stage, moves: 0 };
    between.set(key, { ...move, moves: move.moves + row.stays });
  }
  const moves = [...between.values()].sort(
    (a, b) => position(a.from) - position(b.from) || position(a.to) - position(b.to),
  );

  return {
    stages,
    peopleNow: stages.map((stage) => ({
      stage,
      people: sum(peopleNow.filter((row) => row.stage === stage).map((row) => row.people)),
    })),
    peopleNowTotal: sum(peopleNow.map((row) => row.people)),
    moves: {
      referrals: sum(entries.filter((row) => !row.fromStage).map((row) => row.stays)),
      total: sum(moves.map((move) => move.moves)),
      between: moves,
    },
    conversion: open.map((stage) => conversionFrom(stage, entries, position)),
    timeInStage: open.map((stage) => timeIn(stage, stayLengths)),
  };
}

function conversionFrom(stage: string, entries: StageEntryRow[], position: (stage: string) => number): StageConversion {
  const rows = entries.filter((row) => row.stage === stage);
  const entered = sum(rows.map((row) => row.stays));
  const staysTo = (test: (next: string | null) => boolean) =>
    sum(rows.filter((row) => test(row.nextStage)).map((row) => row.stays));
  const movedOn = staysTo((next) => next !== null && !FINAL_STAGES.includes(next));
  const next = new Map<string, number>();
  for (const row of rows) if (row.nextStage) next.set(row.nextStage, (next.get(row.nextStage) ?? 0) + row.stays);
  return {
    stage,
    entered,
    movedOn,
    closed: staysTo((next) => next !== null && FINAL_STAGES.includes(next)),
    stillThere: staysTo((next) => next === null),
    rate: ratio(movedOn, entered),
    nextStages: [...next]
      .map(([nextStage, stays]) => ({ stage: nextStage, stays }))
      .sort((a, b) => position(a.stage) - position(b.stage)),
  };
}

function timeIn(stage: string, stayLengths: StayLengthRow[]): TimeInStage {
  const rows = stayLengths.filter((row) => row.stage === stage);
  const histogram = new Map<number, number>();
  for (const row of rows) addToHistogram(histogram, row.days, row.stays);
  const stays = sum(rows.map((row) => row.stays));
  const enough = stays >= SMALL_COUNT_LIMIT;
  return {
    stage,
    stays,
    finished: sum(rows.filter((row) => row.finished).map((row) => row.stays)),
    stillThere: sum(rows.filter((row) => !row.finished).map((row) => row.stays)),
    medianDays: enough ? percentileOfDays(histogram, 50) : null,
    p90Days: enough ? percentileOfDays(histogram, 90) : null,
  };
}
