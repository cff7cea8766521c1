import { ProblemException, problemType, problems } from '../problem/problem.exception';
import type { CsvRowError } from './spend-csv';

/** Spend is recorded against a budget that is being delivered; review stages may join with the reviews issue. */
export const SPENDING_STAGES: readonly string[] = ['delivery'];

export const spendNotAllowedAtStage = (stage: string) =>
  problems.conflict(
    'spend-not-allowed-at-stage',
    'Spend can be recorded only while support is being delivered',
    `The journey is ${stage}; spend and service use can be recorded once it reaches ${SPENDING_STAGES.join(' or ')}.`,
    { stage, allowedStages: SPENDING_STAGES },
  );

export const spendRequestInProgress = () =>
  problems.conflict(
    'spend-request-in-progress',
    'A request with this Idempotency-Key is in progress',
    'Retry shortly with the same key.',
  );

const DETAIL_ROWS = 10;

/** Every bad row of an upload, with the row number a spreadsheet shows; nothing was recorded. */
export const spendUploadInvalid = (errors: CsvRowError[]) =>
  new ProblemException({
    type: problemType('spend-upload-invalid'),
    title: 'The upload has invalid rows; nothing was recorded',
    status: 400,
    detail:
      errors
        .slice(0, DETAIL_ROWS)
        .map((error) => `row ${error.row} ${error.field}: ${error.reason}`)
        .join('; ') + (errors.length > DETAIL_ROWS ? `; and ${errors.length - DETAIL_ROWS} more` : ''),
    errors,
  });
