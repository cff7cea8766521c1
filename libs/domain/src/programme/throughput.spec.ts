import { throughputFigures } from './throughput';

describe(throughputFigures.name, () => {
  const figures = throughputFigures({
    entries: [
      { fromStage: null, stage: 'referred', nextStage: 'identified', stays: 6 },
      { fromStage: null, stage: 'referred', nextStage: 'closed', stays: 1 },
      { fromStage: null, stage: 'referred', nextStage: null, stays: 3 },
      { fromStage: 'referred', stage: 'identified', nextStage: 'offered', stays: 4 },
      { fromStage: 'referred', stage: 'identified', nextStage: null, stays: 2 },
      { fromStage: 'referred', stage: 'closed', nextStage: null, stays: 1 },
      { fromStage: 'identified', stage: 'offered', nextStage: null, stays: 4 },
      { fromStage: 'plan-agreed', stage: 'new-later-stage', nextStage: null, stays: 1 },
    ],
    peopleNow: [
      { stage: 'referred', people: 3 },
      { stage: 'identified', people: 2 },
      { stage: 'offered', people: 4 },
      { stage: 'closed', people: 1 },
    ],
    stayLengths: [
      { stage: 'referred', days: 2, stays: 3, finished: true },
      { stage: 'referred', days: 5, stays: 4, finished: true },
      { stage: 'referred', days: 30, stays: 3, finished: false },
      { stage: 'identified', days: 7, stays: 4, finished: true },
    ],
  });

  it('should list every stage in pathway order, with stages it does not know yet at the end', () => {
    expect(figures.stages.slice(0, 3)).toEqual(['referred', 'awaiting-consent', 'identified']);
    expect(figures.stages.at(-1)).toBe('new-later-stage');
  });

  it('should count people at each stage now, zero where there are none', () => {
    expect(figures.peopleNow.find((row) => row.stage === 'offered')).toEqual({ stage: 'offered', people: 4 });
    expect(figures.peopleNow.find((row) => row.stage === 'planning')).toEqual({ stage: 'planning', people: 0 });
    expect(figures.peopleNowTotal).toBe(10);
  });

  it('should count referrals and moves between stages', () => {
    expect(figures.moves).toEqual({
      referrals: 10,
      total: 12,
      between: [
        { from: 'referred', to: 'identified', moves: 6 },
        { from: 'referred', to: 'closed', moves: 1 },
        { from: 'identified', to: 'offered', moves: 4 },
        { from: 'plan-agreed', to: 'new-later-stage', moves: 1 },
      ],
    });
  });

  it('should give conversion from each stage to the next, of the stays that began in the period', () => {
    expect(figures.conversion.find((row) => row.stage === 'referred')).toEqual({
      stage: 'referred',
      entered: 10,
      movedOn: 6,
      closed: 1,
      stillThere: 3,
      rate: 0.6,
      nextStages: [
        { stage: 'identified', stays: 6 },
        { stage: 'closed', stays: 1 },
      ],
    });
    expect(figures.conversion.find((row) => row.stage === 'planning')?.rate).toBeNull();
    expect(figures.conversion.map((row) => row.stage)).not.toContain('closed');
  });

  it('should give the median and 90th percentile of days in each stage, only from 5 stays up', () => {
    expect(figures.timeInStage.find((row) => row.stage === 'referred')).toEqual({
      stage: 'referred',
      stays: 10,
      finished: 7,
      stillThere: 3,
      medianDays: 5,
      p90Days: 30,
    });
    expect(figures.timeInStage.find((row) => row.stage === 'identified')).toMatchObject({
      stays: 4,
      medianDays: null,
      p90Days: null,
    });
  });
});
