import { ProblemException } from '../problem/problem.exception';
import { fieldsWithNul, MAX_BODY_DEPTH } from './request-input.guard';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
};

describe('fieldsWithNul', () => {
  it('should name every field holding NUL, values and names alike, in the order they were sent', () => {
    const body = {
      note: 'a\u0000b',
      goals: [{ text: 'fine' }, { text: '\u0000' }],
      other: { 'key\u0000': 'x', fine: 'y' },
    };
    expect(fieldsWithNul(body, '')).toEqual(['note', 'goals[1].text', 'other.key\u0000']);
    expect(fieldsWithNul('csv,with\u0000nul', '')).toEqual(['body']);
    expect(fieldsWithNul({ teamId: ['a', 'b\u0000'] }, '')).toEqual(['teamId[1]']);
    expect(fieldsWithNul(undefined, '')).toEqual([]);
  });

  it('should take MAX_BODY_DEPTH levels and refuse one more, however deep, without exhausting the stack', () => {
    expect(fieldsWithNul(nested(MAX_BODY_DEPTH), '')).toEqual([]);
    for (const depth of [MAX_BODY_DEPTH + 1, 200_000]) {
      expect(() => fieldsWithNul(nested(depth), '')).toThrow(ProblemException);
    }
  });
});
