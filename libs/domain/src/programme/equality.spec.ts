import { equalityFigures, type TakeUpRow } from './equality';

const rows = (stage: string, dimension: string, counts: Record<string, number>): TakeUpRow[] =>
  Object.entries(counts).map(([value, people]) => ({ stage, dimension, value, people }));

describe(equalityFigures.name, () => {
  const figures = equalityFigures(
    [
      ...rows('referred', 'all', { '': 23 }),
      ...rows('referred', 'cohort', { 'multiple-long-term-conditions': 20, 'learning-disability-autism': 3 }),
      ...rows('referred', 'age', { '78': 12, '80': 8, '30': 3 }),
      ...rows('referred', 'sex', { female: 12, male: 8, 'prefer-not-to-say': 1 }),
      ...rows('referred', 'other:religion', { none: 10, christian: 6 }),
      ...rows('planning', 'all', { '': 11 }),
      ...rows('planning', 'cohort', { 'multiple-long-term-conditions': 11 }),
      ...rows('planning', 'age', { '78': 6, '80': 5 }),
      ...rows('planning', 'sex', { female: 6, male: 5 }),
    ],
    [{ key: 'religion', values: ['christian', 'none'] }],
  );
  const stage = (name: string) => figures.find((row) => row.stage === name);
  const table = (name: string, dimension: string) =>
    stage(name)?.dimensions.find((row) => row.dimension === dimension)?.groups;

  it('should round the stage total and every count, and hide counts under 5', () => {
    expect(stage('referred')?.people).toBe(25);
    expect(table('referred', 'cohort')).toEqual([
      { value: 'children-young-people-complex-needs', people: null, ofReferred: null },
      { value: 'multiple-long-term-conditions', people: 20, ofReferred: 1 },
      { value: 'learning-disability-autism', people: null, ofReferred: null },
      { value: 'significant-mental-health-needs', people: null, ofReferred: null },
    ]);
  });

  it('should band ages and count people with no answer as not recorded', () => {
    expect(table('referred', 'age-band')?.filter((group) => group.people !== null)).toEqual([
      { value: '75-84', people: 20, ofReferred: 1 },
    ]);
    expect(table('referred', 'sex')?.map((group) => [group.value, group.people])).toEqual([
      ['female', 10],
      ['male', 10],
      ['prefer-not-to-say', null],
      ['not-recorded', null],
    ]);
  });

  it("should report the site's own characteristics with prefer not to say and not recorded", () => {
    expect(table('referred', 'religion')?.map((group) => [group.value, group.people])).toEqual([
      ['christian', 5],
      ['none', 10],
      ['prefer-not-to-say', null],
      ['not-recorded', 5],
    ]);
  });

  it('should give each group’s take-up as a share of its published referrals', () => {
    expect(table('planning', 'sex')?.slice(0, 2)).toEqual([
      { value: 'female', people: 5, ofReferred: 0.5 },
      { value: 'male', people: 5, ofReferred: 0.5 },
    ]);
    expect(stage('planning')?.people).toBe(10);
  });

  it('should list every stage, with nothing shown where no one has reached it', () => {
    expect(stage('plan-agreed')?.people).toBeNull();
    expect(table('plan-agreed', 'disability')?.every((group) => group.people === null)).toBe(true);
  });
});
