import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { ApiProblems } from '../problem/api-problems';
import { JourneyViewDto } from './dto/journey-view.dto';

/**
 * A journey step: answered with the journey as its workflow now holds it (the journey part of
 * `GET /participants/:id`); 409 when the stage refuses it, 503 when the workflow does not answer.
 */
export const ApiJourneyStep = (answer: Parameters<typeof ApiOkResponse>[0] = { type: JourneyViewDto }) =>
  applyDecorators(ApiOkResponse(answer), ApiProblems(400, 404, 409, 415, 422, 503));
