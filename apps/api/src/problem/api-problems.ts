import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDetailsDto, ValidationProblemDetailsDto } from './problem-details.dto';

const PROBLEM_DESCRIPTIONS = {
  400: 'Invalid request: each field with its reason, or why the body could not be read',
  401: 'No valid bearer token (`reason` says why: expired, wrong-audience, bad-signature, unknown-role...)',
  403: 'Not allowed for your role, or the record is not on your caseload (state a reason for access first)',
  404: 'No such record at your site',
  409: 'The step is not allowed at this stage, or conflicts with what is recorded',
  413: 'The body is larger than this operation takes',
  415: 'The body is not in a media type this operation takes',
  422: 'The Idempotency-Key was already used with another body',
  429: "Too many requests from you or your address: retry after the Retry-After header's seconds",
  500: 'Something went wrong on our side',
  503: 'A service the engine depends on (Temporal, the identity provider) did not answer; nothing was recorded',
} as const;

export type ProblemStatus = keyof typeof PROBLEM_DESCRIPTIONS;

const PROBLEM_SCHEMA = { $ref: getSchemaPath(ProblemDetailsDto) };
/** A 400 names each invalid field (`errors`), or says why the body could not be read at all (too deep, not JSON). */
const BAD_REQUEST_SCHEMA = { anyOf: [{ $ref: getSchemaPath(ValidationProblemDetailsDto) }, PROBLEM_SCHEMA] };

/** An operation that takes a body (and so can answer 415) can also be sent one over the size limit. */
const withBodyStatuses = (statuses: ProblemStatus[]): ProblemStatus[] =>
  statuses.includes(415) && !statuses.includes(413) ? [...statuses, 413] : statuses;

/** Documents the problem+json answers an operation (or every operation of a controller) can give. */
export function ApiProblems(...statuses: ProblemStatus[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto, ValidationProblemDetailsDto),
    ...withBodyStatuses(statuses).map((status) =>
      ApiResponse({
        status,
        description: PROBLEM_DESCRIPTIONS[status],
        content: {
          'application/problem+json': { schema: status === 400 ? BAD_REQUEST_SCHEMA : PROBLEM_SCHEMA },
        },
      }),
    ),
  );
}

/** What every operation behind the bearer token can answer, whatever it does. */
export const ApiStaffProblems = () => ApiProblems(401, 403, 429, 500, 503);
