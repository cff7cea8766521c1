import { randomUUID } from 'node:crypto';
import { loadConfig } from '@ipc/config';
import { carerWorkflowId, createDataConverter, journeyWorkflowId } from '@ipc/temporal';
import { Client, Connection } from '@temporalio/client';
import { budgetBody, resourceAllocation } from '../factories/budget.factory';
import { carerBody, carerStepBodies, dateFromToday } from '../factories/carer.factory';
import { referralBody } from '../factories/referral.factory';
import { stepBodies } from '../factories/steps.factory';
import { writeHistory } from './history-files';

/**
 * Records the histories that the replay test keeps replaying: journeys and carers, finished and in flight,
 * walked through a running stack (`npm start`). Run after a deliberate change to the journey's
 * shape (behind `patched()`) with a new HISTORY_VERSION, keeping the older files, so both the old
 * and the new shape stay proven: `HISTORY_VERSION=v4 npm run histories:record`.
 */
const VERSION = process.env.HISTORY_VERSION;
const API = process.env.API_URL ?? 'http://localhost:3000';
const TOKEN = process.env.API_TOKEN ?? 'dev-care-team-token';
const ADMIN_TOKEN = process.env.API_ADMIN_TOKEN ?? 'dev-administrator-token';
const SETTLE_MS = 3000;

type StepCall = [path: string, body: object];
const agreed: StepCall[] = [
  ['identification', stepBodies.identification()],
  ['offer', stepBodies.offer()],
  ['guided-conversation', stepBodies.guidedConversation()],
  ['activation', stepBodies.activation()],
  ['care-plan', stepBodies.carePlan()],
  ['care-plan', stepBodies.carePlan({ effectiveDate: '2026-10-02' })],
  ['care-plan/agreement', stepBodies.agreement({ planVersion: 2 })],
];
const SCENARIOS: Record<string, StepCall[]> = {
  'in-flight-plan-agreed': agreed,
  'in-flight-awaiting-consent': [['identification', stepBodies.identification({ consentToShare: false })]],
  'in-flight-community-follow-up': [
    ...agreed.slice(0, 2),
    ['guided-conversation', stepBodies.guidedConversation({ outcome: 'community-connecting' })],
  ],
  'finished-not-eligible': [
    ['identification', stepBodies.identification({ eligible: false, ineligibleReason: 'Not in a cohort' })],
  ],
  'finished-closed-in-planning': [...agreed.slice(0, 4), ['closure', stepBodies.closure({ reason: 'withdrew' })]],
  'in-flight-delivery-with-budget': [
    ...agreed,
    ['budget/indicative', { needBand: 'high', contributionPence: 120_000, effectiveDate: '2026-10-12' }],
    ['budget', budgetBody()],
    ['budget', budgetBody({ effectiveDate: '2026-11-01', reason: 'Plan revised' })],
  ],
  'in-flight-delivery-reviewed': [
    ...agreed,
    ['budget/indicative', { needBand: 'high', contributionPence: 120_000, effectiveDate: '2026-10-12' }],
    ['budget', budgetBody()],
    [
      'reviews',
      {
        outcome: 'continue',
        attendees: [{ role: 'participant' }, { role: 'care-coordinator' }],
        effectiveDate: '2026-11-20',
      },
    ],
  ],
  // A plan revised in delivery: the agreed plan stays in force (reviews allowed) until the draft is agreed.
  'in-flight-delivery-plan-revised': [
    ...agreed,
    ['budget/decline', { reason: 'Prefers the council to arrange it', effectiveDate: '2026-10-20' }],
    ['care-plan', stepBodies.carePlan({ effectiveDate: '2026-10-25' })],
    ['review-requests', { reason: 'crisis', effectiveDate: '2026-10-26' }],
    ['care-plan/agreement', stepBodies.agreement({ planVersion: 3, effectiveDate: '2026-10-27' })],
  ],
  'finished-closed-in-delivery': [
    ...agreed,
    ['budget/decline', { reason: 'Prefers the council to arrange it', effectiveDate: '2026-10-20' }],
    ['closure', stepBodies.closure({ reason: 'moved-away', effectiveDate: '2026-11-01' })],
  ],
  // v6: corrections and light-touch follow-ups.
  'in-flight-follow-up-still-fine': [
    ['identification', stepBodies.identification({ effectiveDate: '2026-06-02' })],
    ['offer', stepBodies.offer({ effectiveDate: '2026-06-03' })],
    [
      'guided-conversation',
      stepBodies.guidedConversation({ outcome: 'community-connecting', effectiveDate: '2026-06-04' }),
    ],
    ['follow-up', { outcome: 'still-fine' }],
  ],
  'in-flight-stepped-back': [...agreed.slice(0, 4), ['timeline/4/entered-in-error', { reason: 'Wrong person' }]],
  'in-flight-date-amended': [
    ...agreed.slice(0, 4),
    ['timeline/3/amendments', { reason: 'Held the day before', effectiveDate: '2026-09-16' }],
  ],
  'in-flight-reopened': [
    ...agreed.slice(0, 2),
    ['closure', stepBodies.closure({ effectiveDate: dateFromToday(0) })],
    ['reopen', { reason: 'Closed in error' }],
  ],
};

/** Referrals that start earlier than the default, so the timers they set have come due. */
const REFERRED_ON: Record<string, string> = { 'in-flight-follow-up-still-fine': '2026-06-01' };

/** Only the scenarios whose name matches (all when unset): a new version records the new shapes alone. */
const ONLY = new RegExp(process.env.HISTORY_ONLY ?? '');

/** Carers: a registration, then steps (paths under /carers/:id). */
const CARER_SCENARIOS: Record<string, { registration: object; steps: StepCall[] }> = {
  // Turning 18 within the lead time: the transition point is noticed at once.
  'in-flight-young-carer-noticed': {
    registration: carerBody({ kind: 'young-carer', dateOfBirth: dateFromToday(40, -18), relationship: 'child' }),
    steps: [],
  },
  'in-flight-carer-support-planned': {
    registration: carerBody(),
    steps: [
      ['assessment-offer', carerStepBodies['assessment-offer']()],
      ['assessment', carerStepBodies.assessment()],
      ['support-plan', carerStepBodies['support-plan']()],
      ['budget', carerStepBodies.budget()],
    ],
  },
  'finished-carer-closed': { registration: carerBody(), steps: [['closure', carerStepBodies.closure()]] },
};

async function send(path: string, body: object, method = 'POST', token = TOKEN): Promise<{ id?: string }> {
  const response = await fetch(`${API}/api/v1/${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id?: string };
}

async function main(): Promise<void> {
  if (!VERSION || !/^v\d+$/.test(VERSION))
    throw new Error('set HISTORY_VERSION (v3, v4...) so older recordings are kept');
  const config = loadConfig();
  const connection = await Connection.connect({ address: config.temporal.address });
  const client = new Client({ connection, dataConverter: createDataConverter(config.temporal.payloadKey) });
  await send('site/resource-allocation', resourceAllocation(), 'PUT', ADMIN_TOKEN);
  for (const [scenario, steps] of Object.entries(SCENARIOS).filter(([name]) => ONLY.test(name))) {
    const referredOn = REFERRED_ON[scenario];
    const { id } = await send('participants', referralBody(referredOn ? { referredOn } : {}));
    for (const [path, body] of steps) await send(`participants/${id}/${path}`, body);
    // Reminders already due (the steps are back-dated) fire at once: let them enter the history.
    await new Promise((settle) => setTimeout(settle, SETTLE_MS));
    await writeHistory(
      `${VERSION}-${scenario}`,
      await client.workflow.getHandle(journeyWorkflowId(String(id))).fetchHistory(),
    );
    console.log(`recorded ${scenario}`);
  }
  for (const [scenario, { registration, steps }] of Object.entries(CARER_SCENARIOS).filter(([name]) =>
    ONLY.test(`carer-${name}`),
  )) {
    const { id } = await send('carers', registration);
    for (const [path, body] of steps) await send(`carers/${id}/${path}`, body);
    await new Promise((settle) => setTimeout(settle, SETTLE_MS));
    await writeHistory(
      `${VERSION}-carer-${scenario}`,
      await client.workflow.getHandle(carerWorkflowId(String(id))).fetchHistory(),
    );
    console.log(`recorded carer ${scenario}`);
  }
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
