import { londonDate } from '@ipc/domain';

/** Today in Europe/London, moved by whole days and years (for dates of birth relative to now). */
export function dateFromToday(days: number, years = 0): string {
  const instant = new Date(`${londonDate(new Date())}T00:00:00Z`);
  instant.setUTCFullYear(instant.getUTCFullYear() + years);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

export const CARER_CONTACT = {
  name: 'Robin Carerson',
  email: 'robin.carerson@example.com',
  phone: '07700 900456',
  postalAddress: { lines: ['7 Weaver Street', 'Bradford'], postcode: 'BD1 2QQ' },
};

/** A carer registration, valid by default (an adult carer); override any field to test a rule. */
export function carerBody(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'adult-carer',
    dateOfBirth: '1961-03-17',
    relationship: 'spouse-or-partner',
    contact: CARER_CONTACT,
    preferences: { channel: 'email', format: 'large-print', language: 'en', notes: 'Evenings after 6pm' },
    identifiedOn: dateFromToday(-30),
    ...overrides,
  };
}

/** Request bodies for each carer step, valid by default. */
export const carerStepBodies = {
  'assessment-offer': (overrides: Record<string, unknown> = {}) => ({
    method: 'face-to-face',
    assessorId: 'social-worker-3',
    notes: 'Offered at the GP surgery carers clinic',
    effectiveDate: dateFromToday(-20),
    ...overrides,
  }),
  assessment: (overrides: Record<string, unknown> = {}) => ({
    outcome: 'completed',
    eligibleNeeds: true,
    caringChoice: 'willing-to-give-less',
    notes: 'Robin would like one night a week to herself',
    effectiveDate: dateFromToday(-15),
    ...overrides,
  }),
  'support-plan': (overrides: Record<string, unknown> = {}) => ({
    coordinatorId: 'coordinator-a',
    outcomes: ['A regular break from caring'],
    supportItems: [
      { description: 'Sitting service one evening a week', provider: 'Crossroads Care', annualCostPence: 52_000 },
      { description: 'Carers centre membership', provider: 'Bradford Carers Centre', annualCostPence: 3_050 },
    ],
    effectiveDate: dateFromToday(-10),
    ...overrides,
  }),
  budget: (overrides: Record<string, unknown> = {}) => ({
    amountPence: 60_000,
    purpose: 'Short breaks and a gym membership',
    effectiveDate: dateFromToday(-5),
    ...overrides,
  }),
  reviews: (overrides: Record<string, unknown> = {}) => ({
    outcome: 'continued',
    caringChoice: 'willing-to-continue',
    effectiveDate: dateFromToday(-1),
    ...overrides,
  }),
  'school-moves': (overrides: Record<string, unknown> = {}) => ({
    movesOn: dateFromToday(150),
    ehcPlanTransfer: 'none',
    notes: 'Moving to Thornton Grammar',
    effectiveDate: dateFromToday(-2),
    ...overrides,
  }),
  closure: (overrides: Record<string, unknown> = {}) => ({
    reason: 'no-longer-caring',
    note: 'Her husband moved into residential care',
    effectiveDate: dateFromToday(0),
    ...overrides,
  }),
};
export type CarerStepPath = keyof typeof carerStepBodies;
