/** Request bodies for each journey step, valid by default; override any field to test a rule. */
export const stepBodies = {
  identification: (overrides: Record<string, unknown> = {}) => ({
    eligible: true,
    consentToShare: true,
    effectiveDate: '2026-09-03',
    ...overrides,
  }),
  offer: (overrides: Record<string, unknown> = {}) => ({
    informationFormat: 'easy-read',
    language: 'en',
    advocacy: 'accepted',
    communityConnectorId: 'connector-7',
    effectiveDate: '2026-09-10',
    ...overrides,
  }),
  guidedConversation: (overrides: Record<string, unknown> = {}) => ({
    whatMatters: 'Getting to the allotment twice a week and seeing my grandchildren',
    goals: [{ goal: 'Walk to the allotment', actions: ['physiotherapy referral', 'walking group'] }],
    communityConnections: ['Tuesday walking group'],
    peerSupport: ['group'],
    referralsMade: [{ service: 'social care assessment' }],
    carersIdentified: [{ relationship: 'daughter', name: 'Ann Example' }],
    outcome: 'care-planning',
    effectiveDate: '2026-09-17',
    ...overrides,
  }),
  activation: (overrides: Record<string, unknown> = {}) => ({ score: 52.3, effectiveDate: '2026-09-24', ...overrides }),
  carePlan: (overrides: Record<string, unknown> = {}) => ({
    coordinatorId: 'coordinator-a',
    outcomes: [{ area: 'health', description: 'Fewer falls at home' }],
    supportItems: [
      { description: 'Personal assistant, 6 hours a week', provider: 'Riverside PA Co-op', annualCostPence: 936000 },
      { description: 'Gym membership', provider: 'Leisure Trust', annualCostPence: 32050 },
    ],
    involved: [{ role: 'carer', name: 'Ann Example' }],
    risks: [{ description: 'Falls when walking alone', approach: 'Walking with the group first' }],
    contingency: { contact: 'Ann Example, 07700 900123', plan: 'Call the care coordinator, then the GP' },
    effectiveDate: '2026-10-01',
    ...overrides,
  }),
  agreement: (overrides: Record<string, unknown> = {}) => ({
    planVersion: 1,
    effectiveDate: '2026-10-08',
    ...overrides,
  }),
  closure: (overrides: Record<string, unknown> = {}) => ({
    reason: 'withdrew',
    effectiveDate: '2026-10-09',
    ...overrides,
  }),
};
