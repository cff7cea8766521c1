import { type Cohort, ETHNICITIES, PREFER_NOT_TO_SAY, REFERRAL_SOURCES } from '@ipc/domain';

/**
 * A realistic synthetic IPC site: people referred evenly over the last years, moving through the
 * pathway with plausible waits and drop-outs, until the next step would be after today. Seeded,
 * so the same settings give the same site. Used only to load the database for benchmarks and demos.
 */
export interface SyntheticStep {
  step: string;
  fromStage: string | null;
  toStage: string;
  on: string;
}

export interface SyntheticPerson {
  index: number;
  cohort: Cohort;
  dateOfBirth: string;
  referralSource: string;
  teamId: string;
  steps: SyntheticStep[];
  closureReason: string | null;
  demographics: {
    sex: string | null;
    ethnicity: string | null;
    disability: string | null;
    other: Record<string, string>;
  } | null;
}

export const SYNTHETIC_CHARACTERISTICS = [
  {
    key: 'religion-or-belief',
    values: ['none', 'christian', 'muslim', 'hindu', 'sikh', 'jewish', 'buddhist', 'other'],
  },
];

/** mulberry32: a small, fast, seedable generator (not for anything secret). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const toDate = (epochDay: number) => new Date(epochDay * DAY).toISOString().slice(0, 10);
const epochDayOf = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);

function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

const COHORT_MIX: [Cohort, number][] = [
  ['multiple-long-term-conditions', 45],
  ['significant-mental-health-needs', 20],
  ['learning-disability-autism', 15],
  ['children-young-people-complex-needs', 20],
];
const AGE_RANGE: Record<Cohort, [number, number]> = {
  'children-young-people-complex-needs': [0, 25],
  'learning-disability-autism': [14, 75],
  'significant-mental-health-needs': [18, 85],
  'multiple-long-term-conditions': [45, 101],
};
/** Roughly England and Wales 2021 census shares, with some "prefer not to say". */
const ETHNICITY_MIX: [string, number][] = ETHNICITIES.map((ethnicity): [string, number] => [
  ethnicity,
  (
    {
      'white-british': 740,
      'white-irish': 9,
      'white-other': 62,
      'asian-indian': 31,
      'asian-pakistani': 27,
      'asian-bangladeshi': 11,
      'asian-other': 16,
      'black-african': 25,
      'black-caribbean': 11,
      'black-other': 5,
      chinese: 8,
      other: 12,
      [PREFER_NOT_TO_SAY]: 15,
    } as Record<string, number>
  )[ethnicity] ?? 6,
]);

export interface SiteShape {
  people: number;
  today: string;
  years: number;
  seed: number;
}

/** Walks one person from referral until the next step would fall after today. */
function walk(random: () => number, referredOn: number, today: number, cohort: Cohort) {
  const steps: SyntheticStep[] = [];
  let stage = 'referred';
  let day = referredOn;
  let closureReason: string | null = null;
  steps.push({ step: 'referral', fromStage: null, toStage: stage, on: toDate(day) });
  // Days until the next step: a short floor plus an exponential tail with the given mean.
  const wait = (floor: number, mean: number) => floor + Math.round(-Math.log(1 - random()) * mean);
  const move = (step: string, toStage: string, after: number): boolean => {
    if (day + after > today) return false;
    day += after;
    steps.push({ step, fromStage: stage, toStage, on: toDate(day) });
    stage = toStage;
    return true;
  };
  const close = (reason: string, after: number) => {
    if (move('closure', 'closed', after)) closureReason = reason;
  };

  for (let guard = 0; guard < 12 && stage !== 'closed'; guard += 1) {
    const before = steps.length;
    const roll = random();
    switch (stage) {
      case 'referred':
        if (roll < 0.06) {
          if (move('identification', 'closed', wait(1, 7))) closureReason = 'not-eligible';
        } else move('identification', roll < 0.14 ? 'awaiting-consent' : 'identified', wait(1, 7));
        break;
      case 'awaiting-consent':
        if (roll < 0.7) move('identification', 'identified', wait(3, 14));
        else if (roll < 0.85) close('withdrew', wait(14, 30));
        break;
      case 'identified':
        if (roll < 0.96) move('offer', 'offered', wait(2, 10));
        else close('withdrew', wait(7, 20));
        break;
      case 'offered':
        if (roll < 0.1)
          move('offer', 'offered', wait(1, 5)); // offered again, in another format
        else if (roll < 0.64) move('guided-conversation', 'activation', wait(3, 14));
        else if (roll < 0.96) move('guided-conversation', 'community-follow-up', wait(3, 14));
        else close('withdrew', wait(7, 30));
        break;
      case 'community-follow-up':
        if (roll < 0.12) move('guided-conversation', 'activation', wait(30, 90));
        else if (roll < 0.35) close('needs-met', wait(60, 120));
        break;
      case 'activation':
        if (roll < 0.95) move('activation', 'planning', wait(2, 10));
        else close('withdrew', wait(7, 20));
        break;
      case 'planning': {
        const drafts = 1 + Math.floor(random() * 2);
        for (let draft = 0; draft < drafts; draft += 1) move('care-plan', 'planning', wait(3, 10));
        if (roll < 0.9) move('care-plan-agreement', 'plan-agreed', wait(2, 25));
        else close(random() < 0.5 ? 'withdrew' : 'no-longer-eligible', wait(10, 30));
        break;
      }
      case 'plan-agreed':
        if (roll < 0.6) move('budget', 'delivery', wait(7, 30));
        else if (roll < 0.7)
          close(
            pick(random, [
              ['moved-away', 1],
              ['died', 1],
              ['needs-met', 1],
            ]),
            wait(60, 200),
          );
        break;
      case 'delivery':
        if (roll < 0.1)
          close(
            pick(random, [
              ['moved-away', 1],
              ['died', 2],
              ['needs-met', 1],
            ]),
            wait(90, 300),
          );
        // Reviews while support runs, roughly every six months.
        else if (roll < 0.75) move('review', 'delivery', wait(150, 60));
        break;
    }
    if (steps.length === before) break;
  }
  return { steps, closureReason, cohort };
}

export function* syntheticPeople({ people, today, years, seed }: SiteShape): Generator<SyntheticPerson> {
  const random = seededRandom(seed);
  const last = epochDayOf(today);
  const first = last - Math.round(years * 365);
  for (let index = 0; index < people; index += 1) {
    const cohort = pick(random, COHORT_MIX);
    const referredOn = first + Math.floor(random() * (last - first + 1));
    const [youngest, oldest] = AGE_RANGE[cohort];
    const ageDays = Math.floor(
      (youngest + random() ** (cohort === 'multiple-long-term-conditions' ? 0.6 : 1) * (oldest - youngest)) * 365.25,
    );
    const { steps, closureReason } = walk(random, referredOn, last, cohort);
    const recorded = random() < 0.85;
    yield {
      index,
      cohort,
      dateOfBirth: toDate(referredOn - ageDays),
      referralSource: REFERRAL_SOURCES[Math.floor(random() * REFERRAL_SOURCES.length)],
      teamId: `team-${1 + Math.floor(random() * 12)}`,
      steps,
      closureReason,
      demographics: recorded
        ? {
            sex: pick(random, [
              ['female', 52],
              ['male', 45],
              [PREFER_NOT_TO_SAY, 3],
            ]),
            ethnicity: random() < 0.9 ? pick(random, ETHNICITY_MIX) : null,
            disability:
              random() < 0.9
                ? pick(random, [
                    ['yes', 55],
                    ['no', 38],
                    [PREFER_NOT_TO_SAY, 7],
                  ])
                : null,
            other:
              random() < 0.6
                ? {
                    'religion-or-belief': pick(random, [
                      ['none', 37],
                      ['christian', 46],
                      ['muslim', 7],
                      ['hindu', 2],
                      ['sikh', 1],
                      ['jewish', 1],
                      ['buddhist', 1],
                      ['other', 1],
                      [PREFER_NOT_TO_SAY, 4],
                    ]),
                  }
                : {},
          }
        : null,
    };
  }
}

/** A valid, distinct NHS number for each index: the first of its ten nine-digit candidates with a check digit. */
export function syntheticNhsNumber(index: number): string {
  for (let candidate = 100_000_000 + index * 10; ; candidate += 1) {
    const digits = String(candidate).split('').map(Number);
    const check = 11 - (digits.reduce((sum, digit, position) => sum + digit * (10 - position), 0) % 11);
    if (check !== 10) return `${candidate}${check === 11 ? 0 : check}`;
  }
}
