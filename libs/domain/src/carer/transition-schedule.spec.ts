import { ageReachedOn, anniversaryOf } from './carer-dates';
import {
  carerMilestones,
  carerTransitionPoints,
  nextCarerHealthCheckOn,
  schoolMoveDueOn,
  upcomingCarerTransitions,
} from './transition-schedule';

const noMilestones = { turns18On: null, childTurns14On: null, childTurns18On: null };

describe(ageReachedOn.name, () => {
  it('should reach an age on the birthday', () => {
    expect(ageReachedOn('2009-06-30', 18)).toBe('2027-06-30');
  });

  it('should reach an age on 1 March in a common year when born on 29 February', () => {
    expect(ageReachedOn('2008-02-29', 18)).toBe('2026-03-01');
    expect(ageReachedOn('2012-02-29', 14)).toBe('2026-03-01');
  });

  it('should reach an age on 29 February in a leap year when born on 29 February', () => {
    expect(ageReachedOn('2008-02-29', 20)).toBe('2028-02-29');
  });
});

describe(anniversaryOf.name, () => {
  it('should keep 29 February within February, coming back to it in leap years', () => {
    expect(anniversaryOf('2028-02-29', 1)).toBe('2029-02-28');
    expect(anniversaryOf('2028-02-29', 4)).toBe('2032-02-29');
  });
});

describe(carerMilestones.name, () => {
  it("should give a young carer their 18th birthday and nothing of a child's", () => {
    expect(carerMilestones({ kind: 'young-carer', dateOfBirth: '2010-04-12' })).toEqual({
      turns18On: '2028-04-12',
      childTurns14On: null,
      childTurns18On: null,
    });
  });

  it("should give a parent carer their child's 14th and 18th birthdays", () => {
    expect(
      carerMilestones({ kind: 'parent-carer', dateOfBirth: '1985-01-01', childDateOfBirth: '2016-02-29' }),
    ).toEqual({ turns18On: null, childTurns14On: '2030-03-01', childTurns18On: '2034-03-01' });
  });

  it('should give an adult carer no birthday milestones', () => {
    expect(carerMilestones({ kind: 'adult-carer', dateOfBirth: '1960-05-05', childDateOfBirth: '2016-01-01' })).toEqual(
      noMilestones,
    );
  });
});

describe(schoolMoveDueOn.name, () => {
  it('should be due on the move itself when there is no EHC plan phase transfer', () => {
    expect(schoolMoveDueOn({ movesOn: '2027-09-06', ehcPlanTransfer: 'none' })).toBe('2027-09-06');
  });

  it("should be due by 15 February of the move's year for a phase transfer", () => {
    expect(schoolMoveDueOn({ movesOn: '2027-09-06', ehcPlanTransfer: 'between-phases' })).toBe('2027-02-15');
  });

  it("should be due by 31 March of the move's year from secondary to post-16", () => {
    expect(schoolMoveDueOn({ movesOn: '2027-09-06', ehcPlanTransfer: 'secondary-to-post-16' })).toBe('2027-03-31');
  });

  it('should never be due after the move itself', () => {
    expect(schoolMoveDueOn({ movesOn: '2027-01-10', ehcPlanTransfer: 'between-phases' })).toBe('2027-01-10');
  });
});

describe(nextCarerHealthCheckOn.name, () => {
  it('should fall on the first anniversary of identification', () => {
    expect(nextCarerHealthCheckOn('2026-11-24', null, '2026-11-24')).toBe('2027-11-24');
  });

  it('should fall on the anniversary after the last one noticed', () => {
    expect(nextCarerHealthCheckOn('2026-11-24', '2027-11-24', '2026-11-24')).toBe('2028-11-24');
  });

  it('should skip anniversaries already past when the carer was registered', () => {
    expect(nextCarerHealthCheckOn('2020-03-01', null, '2026-11-24')).toBe('2027-03-01');
    expect(nextCarerHealthCheckOn('2020-11-24', null, '2026-11-24')).toBe('2026-11-24');
  });

  it('should follow a 29 February identification through common and leap years', () => {
    expect(nextCarerHealthCheckOn('2028-02-29', null, '2028-02-29')).toBe('2029-02-28');
    expect(nextCarerHealthCheckOn('2028-02-29', '2031-02-28', '2028-02-29')).toBe('2032-02-29');
  });
});

describe(carerTransitionPoints.name, () => {
  it('should remind the lead time ahead of each due date, earliest reminder first', () => {
    const points = carerTransitionPoints({
      milestones: { turns18On: '2027-06-12', childTurns14On: null, childTurns18On: null },
      schoolMoves: [{ movesOn: '2027-09-06', ehcPlanTransfer: 'none' }],
      healthCheckDueOn: '2027-11-24',
      leadDays: 90,
    });
    expect(points).toEqual([
      { kind: 'turning-18-transition-assessment', dueOn: '2027-06-12', remindOn: '2027-03-14' },
      { kind: 'school-move', dueOn: '2027-09-06', remindOn: '2027-06-08' },
      { kind: 'annual-health-check', dueOn: '2027-11-24', remindOn: '2027-08-26' },
    ]);
  });

  it('should count the lead time across a leap day', () => {
    const [point] = carerTransitionPoints({
      milestones: { turns18On: '2028-03-30', childTurns14On: null, childTurns18On: null },
      schoolMoves: [],
      healthCheckDueOn: null,
      leadDays: 30,
    });
    expect(point.remindOn).toBe('2028-02-29');
  });

  it('should remind on the due date itself with no lead time', () => {
    const [point] = carerTransitionPoints({
      milestones: noMilestones,
      schoolMoves: [],
      healthCheckDueOn: '2027-01-01',
      leadDays: 0,
    });
    expect(point).toEqual({ kind: 'annual-health-check', dueOn: '2027-01-01', remindOn: '2027-01-01' });
  });
});

describe(upcomingCarerTransitions.name, () => {
  it('should give a young carer 200 days from 18 one transition assessment and a health check', () => {
    expect(
      upcomingCarerTransitions({
        kind: 'young-carer',
        dateOfBirth: '2009-06-12',
        schoolMoves: [],
        leadDays: 90,
        identifiedOn: '2026-11-24',
        today: '2026-11-24',
      }),
    ).toEqual([
      { kind: 'turning-18-transition-assessment', dueOn: '2027-06-12', remindOn: '2027-03-14' },
      { kind: 'annual-health-check', dueOn: '2027-11-24', remindOn: '2027-08-26' },
    ]);
  });

  it('should give a young carer born on 29 February their transition on 1 March', () => {
    const [transition] = upcomingCarerTransitions({
      kind: 'young-carer',
      dateOfBirth: '2012-02-29',
      schoolMoves: [],
      leadDays: 120,
      identifiedOn: '2026-11-24',
      today: '2026-11-24',
    }).filter((point) => point.kind === 'turning-18-transition-assessment');
    expect(transition).toEqual({
      kind: 'turning-18-transition-assessment',
      dueOn: '2030-03-01',
      remindOn: '2029-11-01',
    });
  });

  it("should give a parent carer their child's 14th and 18th birthdays and the child's school moves", () => {
    const points = upcomingCarerTransitions({
      kind: 'parent-carer',
      dateOfBirth: '1984-08-08',
      childDateOfBirth: '2013-01-20',
      schoolMoves: [{ movesOn: '2029-09-03', ehcPlanTransfer: 'secondary-to-post-16' }],
      leadDays: 60,
      identifiedOn: '2026-11-24',
      today: '2026-11-24',
    });
    expect(points.map((point) => [point.kind, point.dueOn, point.remindOn])).toEqual([
      ['child-turning-14', '2027-01-20', '2026-11-21'],
      ['annual-health-check', '2027-11-24', '2027-09-25'],
      ['school-move', '2029-03-31', '2029-01-30'],
      ['child-turning-18', '2031-01-20', '2030-11-21'],
    ]);
  });

  it('should leave out points already due, keeping one whose reminder date has passed', () => {
    const points = upcomingCarerTransitions({
      kind: 'parent-carer',
      dateOfBirth: '1980-01-01',
      childDateOfBirth: '2010-12-01',
      schoolMoves: [{ movesOn: '2026-09-01', ehcPlanTransfer: 'none' }],
      leadDays: 90,
      identifiedOn: '2026-11-24',
      today: '2026-11-24',
    });
    expect(points.map((point) => point.kind)).toEqual(['annual-health-check', 'child-turning-18']);
    expect(points[1]).toEqual({ kind: 'child-turning-18', dueOn: '2028-12-01', remindOn: '2028-09-02' });
  });
});
