import { ArrayMaxSize, IsArray, IsString } from 'class-validator';
import { createValidationPipe } from './validation';
import { ProblemException } from './problem.exception';

class ConversationBody {
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  connections!: string[];
}

const errorsFor = async (body: unknown) => {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: ConversationBody });
  } catch (error) {
    return (error as ProblemException).problem.errors;
  }
  throw new Error('the body was accepted');
};

describe(createValidationPipe.name, () => {
  it('should report a missing field once, as required', async () => {
    expect(await errorsFor({})).toEqual([{ field: 'connections', reason: 'is required' }]);
  });

  it('should name a field the request does not take', async () => {
    expect(await errorsFor({ connections: [], colour: 'red' })).toEqual([
      { field: 'colour', reason: 'is not a field of this request' },
    ]);
  });

  it('should give every rule a present value breaks', async () => {
    expect(await errorsFor({ connections: 7 })).toEqual(
      expect.arrayContaining([
        { field: 'connections', reason: 'connections must be an array' },
        { field: 'connections', reason: 'each value in connections must be a string' },
      ]),
    );
  });
});
