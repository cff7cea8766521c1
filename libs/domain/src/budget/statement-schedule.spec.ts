import { addOneYear, firstStatementDate, nextFinancialYearStart } from './statement-schedule';

describe(firstStatementDate.name, () => {
  it('should fall on the budget anniversary by default cycle', () => {
    expect(firstStatementDate('2026-10-15', 'budget-anniversary')).toBe('2027-10-15');
  });

  it('should fall on the next 1 April for a financial-year site', () => {
    expect(firstStatementDate('2026-10-15', 'financial-year')).toBe('2027-04-01');
    expect(firstStatementDate('2027-02-01', 'financial-year')).toBe('2027-04-01');
    expect(firstStatementDate('2027-04-01', 'financial-year')).toBe('2028-04-01');
  });
});

describe(addOneYear.name, () => {
  it('should move 29 February to 28 February', () => {
    expect(addOneYear('2028-02-29')).toBe('2029-02-28');
    expect(addOneYear('2027-12-31')).toBe('2028-12-31');
  });
});

describe(nextFinancialYearStart.name, () => {
  it('should treat 31 March as the last day of the year', () => {
    expect(nextFinancialYearStart('2027-03-31')).toBe('2027-04-01');
  });
});
