import { randomUUID } from 'node:crypto';
import { carerMilestones, type CarerView, startCarer, viewCarer } from '@ipc/domain';
import type { CarerRegistration, CarerTimelineEntry, ContactPreferences } from '@ipc/persistence';

/** A carer as their workflow starts them: an adult carer identified on 2026-01-05. */
export function newCarerView(overrides: { carerId?: string; siteId?: string; teamId?: string } = {}): CarerView {
  return viewCarer(
    startCarer({
      carerId: overrides.carerId ?? randomUUID(),
      siteId: overrides.siteId ?? 'site-a',
      teamId: overrides.teamId ?? 'team-a1',
      kind: 'adult-carer',
      identifiedOn: '2026-01-05',
      transitionsFrom: '2026-01-05',
      milestones: carerMilestones({ kind: 'adult-carer', dateOfBirth: '1961-03-17' }),
      transitionLeadDays: 90,
      escalationAfterDays: 14,
    }),
  );
}

/** What registering `carer` records: the carer's row, their first timeline entry and their preferences. */
export function carerRegistrationRecords(carer: CarerView, requestId = randomUUID()) {
  const registration: CarerRegistration = {
    carerId: carer.carerId,
    siteId: carer.siteId,
    teamId: carer.teamId,
    kind: carer.kind,
    dateOfBirth: '1961-03-17',
    childDateOfBirth: null,
    relationship: 'spouse-or-partner',
    contact: { name: 'Robin Carerson', email: 'robin.carerson@example.com' },
    preferences: { channel: 'email', format: 'standard', language: 'en' },
    identifiedOn: carer.identifiedOn,
    transitionLeadDays: carer.transitionLeadDays,
    registeredBy: 'coordinator-a',
    requestId,
    stage: carer.stage,
    nextTransitionOn: carer.upcomingTransitions[0]?.dueOn ?? null,
  };
  const entry: CarerTimelineEntry = {
    carerId: carer.carerId,
    requestId,
    sequence: 0,
    step: 'registration',
    fromStage: null,
    toStage: carer.stage,
    actor: { staffId: 'coordinator-a', teamId: carer.teamId },
    effectiveOn: carer.identifiedOn,
    details: { kind: carer.kind },
    carerAfter: carer,
  };
  const preferences: ContactPreferences = {
    recipientType: 'carer',
    recipientId: carer.carerId,
    siteId: carer.siteId,
    channel: 'email',
    format: 'standard',
    language: 'en',
    email: 'robin.carerson@example.com',
    phone: null,
    postalAddress: null,
    updatedBy: 'coordinator-a',
  };
  return { registration, entry, preferences };
}
