import { randomUUID } from 'node:crypto';
import { type JourneyView, type PersonalBudget, startJourney, viewJourney } from '@ipc/domain';
import { ParticipantEntity } from '@ipc/persistence';
import { randomNhsNumber } from './referral.factory';

/** A participant row at site A, referred and not yet identified; override any column. */
export function participantRow(overrides: Partial<ParticipantEntity> = {}): ParticipantEntity {
  const referredOn = overrides.referredOn ?? '2026-09-01';
  return Object.assign(new ParticipantEntity(), {
    id: randomUUID(),
    siteId: 'site-a',
    teamId: 'team-a1',
    nhsNumber: randomNhsNumber(),
    dateOfBirth: '1948-07-02',
    cohort: 'multiple-long-term-conditions',
    referralSource: 'risk-stratification',
    referredBy: 'coordinator-a',
    referralRequestId: randomUUID(),
    referredOn,
    stage: 'referred',
    stageEnteredOn: referredOn,
    journeySequence: 0,
    stageDates: { referred: referredOn },
    closedOn: null,
    closureReason: null,
    ...overrides,
  });
}

/** A journey as the workflow reports it just after referral; override any field. */
export function journeyView(overrides: Partial<JourneyView> = {}): JourneyView {
  const journey = viewJourney(
    startJourney({
      participantId: overrides.participantId ?? randomUUID(),
      siteId: 'site-a',
      teamId: 'team-a1',
      cohort: 'multiple-long-term-conditions',
      referredOn: '2026-09-01',
    }),
  );
  return { ...journey, ...overrides };
}

/** A personal budget of 1,980,000p set on 15 October 2026, one direct payment and one ISF; override any field. */
export function personalBudget(overrides: Partial<PersonalBudget> = {}): PersonalBudget {
  return {
    version: 1,
    startDate: '2026-10-15',
    totalPence: 1_980_000,
    byFunder: { nhs: 1_200_000, socialCare: 780_000, education: 0 },
    contributionPence: 120_000,
    parts: [
      {
        partId: 'part-dp',
        deployment: 'direct-payment',
        amountPence: 500_000,
        holder: { type: 'participant', reference: 'self' },
        directPayment: { consentGivenOn: '2026-10-10', supportOffered: true },
        withdrawnOn: null,
      },
      {
        partId: 'part-isf',
        deployment: 'individual-service-fund',
        amountPence: 1_480_000,
        holder: { type: 'organisation', reference: 'Riverside ISF Ltd' },
        directPayment: null,
        withdrawnOn: null,
      },
    ],
    approvedBy: null,
    statementCycle: 'budget-anniversary',
    nextStatementOn: '2027-10-15',
    statementYearStart: '2026-10-15',
    ...overrides,
  };
}

/** A journey in delivery with an agreed plan of two items and the budget above. */
export function deliveryJourney(overrides: Partial<JourneyView> = {}): JourneyView {
  return journeyView({
    stage: 'delivery',
    sequence: 9,
    stageEnteredOn: '2026-10-15',
    carePlan: {
      version: 1,
      coordinatorId: 'coordinator-a',
      items: [],
      totalAnnualCostPence: 968_050,
      agreedOn: '2026-10-08',
    },
    indicativeBudget: { version: 1, needBand: 'high', indicativeTotalPence: 1_980_000, issuedOn: '2026-10-10' },
    budget: personalBudget(),
    ...overrides,
  });
}
