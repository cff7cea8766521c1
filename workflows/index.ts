// What the API and worker import: messages and activity contracts, and the workflow functions so a
// client starts them by reference (their arguments type-checked); outside the worker's sandbox the
// workflow modules only load, they never run.
export * from './journey/journey.activities';
export * from './journey/journey.messages';
export * from './reminders/reminder.activities';
export * from './carer/carer.messages';
export * from './step-failure-types';
export { journeyWorkflow, carerWorkflow } from './registry';
