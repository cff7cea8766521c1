import { DEFAULT_WORKLIST_THRESHOLDS, worklistDates, worklistThresholds } from './worklists';

describe('worklistThresholds', () => {
  it('should keep the defaults a site did not set, per stage too', () => {
    const thresholds = worklistThresholds({ consentWaitDays: 3, stalledDays: { planning: 5 } });
    expect(thresholds.consentWaitDays).toBe(3);
    expect(thresholds.stalledDays.planning).toBe(5);
    expect(thresholds.stalledDays.referred).toBe(DEFAULT_WORKLIST_THRESHOLDS.stalledDays.referred);
    expect(thresholds.budgetDecisionDays).toBe(DEFAULT_WORKLIST_THRESHOLDS.budgetDecisionDays);
  });
});

describe('worklistDates', () => {
  it('should put cut-offs before today and horizons after it, across a month end', () => {
    const dates = worklistDates('2026-12-01', worklistThresholds({ consentWaitDays: 1, reviewsDueWithinDays: 31 }));
    expect(dates.consentWaitingSince).toBe('2026-11-30');
    expect(dates.reviewsDueBy).toBe('2027-01-01');
    expect(dates.stalledSince.referred).toBe('2026-11-17');
  });
});
