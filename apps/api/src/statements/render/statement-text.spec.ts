import { dayBefore, explanationInput, formatDate, humanise } from './statement-text';

describe('statement text', () => {
  describe(formatDate.name, () => {
    it('should write a calendar date the British way', () => {
      expect(formatDate('2027-04-01')).toBe('1 April 2027');
      expect(formatDate('2026-12-31')).toBe('31 December 2026');
    });

    it('should show anything else as given', () => {
      expect(formatDate('soon')).toBe('soon');
    });
  });

  describe(dayBefore.name, () => {
    it('should give the last day of a period from its exclusive end', () => {
      expect(dayBefore('2027-04-01')).toBe('2027-03-31');
      expect(dayBefore('2028-03-01')).toBe('2028-02-29');
      expect(dayBefore('2027-01-01')).toBe('2026-12-31');
    });
  });

  describe(humanise.name, () => {
    it('should turn codes into words', () => {
      expect(humanise('very-high')).toBe('Very high');
      expect(humanise('referenceSocialCare')).toBe('Reference social care');
    });
  });

  describe(explanationInput.name, () => {
    it('should show pence as money and basis points as a share, naming them without the unit', () => {
      expect(explanationInput('nhs.referencePence', 123456)).toEqual({ label: 'NHS reference', value: '£1,234.56' });
      expect(explanationInput('socialCare.pence', 5)).toEqual({ label: 'Social care', value: '£0.05' });
      expect(explanationInput('nhs.shareBasisPoints', 7500)).toEqual({ label: 'NHS share', value: '75%' });
      expect(explanationInput('cohort', 'multiple-long-term-conditions')).toEqual({
        label: 'Cohort',
        value: 'People with multiple long-term conditions',
      });
    });
  });
});
