import { isValidNhsNumber, normaliseNhsNumber } from './nhs-number';

describe(isValidNhsNumber.name, () => {
  it.each(['9434765919', '4010232137', '4857773457'])('should accept %s (valid check digit)', (nhsNumber) => {
    expect(isValidNhsNumber(nhsNumber)).toBe(true);
  });

  it('should refuse a number whose check digit is wrong', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
  });

  it('should refuse every number whose check computes to 10', () => {
    // 100000001: weighted sum 12, 12 mod 11 = 1, so the check is 10 and no digit can be valid
    expect([...'0123456789'].filter((check) => isValidNhsNumber(`100000001${check}`))).toEqual([]);
  });

  it('should take 0 as the check digit when the check computes to 11', () => {
    // 100000006: weighted sum 22, 22 mod 11 = 0, so the check is 11, written as 0
    expect(isValidNhsNumber('1000000060')).toBe(true);
    expect(isValidNhsNumber('1000000061')).toBe(false);
  });

  it('should refuse ten of one digit, which pass the check but are never issued', () => {
    const sameDigit = [...'0123456789'].map((digit) => digit.repeat(10));
    expect(sameDigit.filter((nhsNumber) => isValidNhsNumber(nhsNumber))).toEqual([]);
  });

  it.each(['943476591', '94347659190', '943476591x', '', '943 476 5919'])(
    'should refuse %p (not ten digits)',
    (input) => {
      expect(isValidNhsNumber(input)).toBe(false);
    },
  );
});

describe(normaliseNhsNumber.name, () => {
  it('should strip the spaces and dashes of printed forms', () => {
    expect(normaliseNhsNumber('943 476 5919')).toBe('9434765919');
    expect(normaliseNhsNumber('943-476-5919')).toBe('9434765919');
  });
});
