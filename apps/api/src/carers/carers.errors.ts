import { carerCase } from '../cases/case-kind';
import { caseNotFound } from '../cases/case.errors';
import { problems } from '../problem/problem.exception';

export const carerNotFound = () => caseNotFound(carerCase);

export const carerRegistrationFailed = () =>
  problems.unavailable("The carer's workflow could not be started; nothing was recorded. Please retry.");
