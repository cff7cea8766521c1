import { CreateParticipantsAndJourneys1764000000000 } from './1764000000000-CreateParticipantsAndJourneys';
import { CreatePersonalBudgets1764000100000 } from './1764000100000-CreatePersonalBudgets';
import { CreateReminders1764000200000 } from './1764000200000-CreateReminders';
import { AddProgrammeMonitoring1764000300000 } from './1764000300000-AddProgrammeMonitoring';
import { CreateSpendRecords1764000400000 } from './1764000400000-CreateSpendRecords';
import { CreateCarers1764000500000 } from './1764000500000-CreateCarers';
import { CreateReviewSchedules1764000600000 } from './1764000600000-CreateReviewSchedules';
import { AddReminderTopics1764000700000 } from './1764000700000-AddReminderTopics';
import { AddReminderDeliveryReceipts1764000800000 } from './1764000800000-AddReminderDeliveryReceipts';
import { IndexReviewSteps1764000900000 } from './1764000900000-IndexReviewSteps';
import { AddCurrentBudgets1764001000000 } from './1764001000000-AddCurrentBudgets';
import { AddReviewDueDates1764001100000 } from './1764001100000-AddReviewDueDates';
import { AddTemporalStoreBinding1764001250000 } from './1764001250000-AddTemporalStoreBinding';
import { KeyContactPreferencesBySite1764001400000 } from './1764001400000-KeyContactPreferencesBySite';
import { CreateIdempotencyKeys1764001500000 } from './1764001500000-CreateIdempotencyKeys';
import { CreatePersonDetails1764002000000 } from './1764002000000-CreatePersonDetails';
import { SearchNamesByWord1764002010000 } from './1764002010000-SearchNamesByWord';
import { AddCaseloads1764002100000 } from './1764002100000-AddCaseloads';
import { AddCorrectionsAndFollowUps1764002200000 } from './1764002200000-AddCorrectionsAndFollowUps';
import { CreateRecordAccess1764002300000 } from './1764002300000-CreateRecordAccess';
import { CreateAuditEntries1764002400000 } from './1764002400000-CreateAuditEntries';
import { AddOutcomeMeasureSettings1764003100000 } from './1764003100000-AddOutcomeMeasureSettings';
import { CreateConsentDecisions1764003110000 } from './1764003110000-CreateConsentDecisions';
import { CreateCrisisEvents1764003120000 } from './1764003120000-CreateCrisisEvents';
import { CreateQualityOfLifeMeasures1764003130000 } from './1764003130000-CreateQualityOfLifeMeasures';
import { AddOutcomeFigures1764003200000 } from './1764003200000-AddOutcomeFigures';
import { CreateStudyArmAssignments1764003300000 } from './1764003300000-CreateStudyArmAssignments';
import { IndexParticipantsByReferralDate1764003400000 } from './1764003400000-IndexParticipantsByReferralDate';
import { AddDataReturnRollUp1764003700000 } from './1764003700000-AddDataReturnRollUp';
import { AddThroughputRollUps1764003710000 } from './1764003710000-AddThroughputRollUps';

/** Every migration, oldest first; listed by class so they run the same from source and from dist. */
export const MIGRATIONS = [
  CreateParticipantsAndJourneys1764000000000,
  CreatePersonalBudgets1764000100000,
  CreateReminders1764000200000,
  AddProgrammeMonitoring1764000300000,
  CreateSpendRecords1764000400000,
  CreateCarers1764000500000,
  CreateReviewSchedules1764000600000,
  AddReminderTopics1764000700000,
  AddReminderDeliveryReceipts1764000800000,
  IndexReviewSteps1764000900000,
  AddCurrentBudgets1764001000000,
  AddReviewDueDates1764001100000,
  AddTemporalStoreBinding1764001250000,
  KeyContactPreferencesBySite1764001400000,
  CreateIdempotencyKeys1764001500000,
  CreatePersonDetails1764002000000,
  SearchNamesByWord1764002010000,
  AddCaseloads1764002100000,
  AddCorrectionsAndFollowUps1764002200000,
  CreateRecordAccess1764002300000,
  CreateAuditEntries1764002400000,
  AddOutcomeMeasureSettings1764003100000,
  CreateConsentDecisions1764003110000,
  CreateCrisisEvents1764003120000,
  CreateQualityOfLifeMeasures1764003130000,
  AddOutcomeFigures1764003200000,
  CreateStudyArmAssignments1764003300000,
  IndexParticipantsByReferralDate1764003400000,
  AddDataReturnRollUp1764003700000,
  AddThroughputRollUps1764003710000,
];
