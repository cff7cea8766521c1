import { journeyCase } from '../cases/case-kind';
import { caseNotFound } from '../cases/case.errors';
import { problems } from '../problem/problem.exception';

export const participantNotFound = () => caseNotFound(journeyCase);

export const openReferralExists = (participantId: string) =>
  problems.conflict(
    'open-referral-exists',
    'This person already has an open journey at this site',
    'Close the open journey before referring again, or continue it.',
    { participantId },
  );
