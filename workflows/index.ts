// What the API and worker may import without loading workflow code.
export * from './journey/journey.activities';
export * from './journey/journey.messages';
export * from './reminders/reminder.activities';
export * from './carer/carer.messages';
export * from './step-failure-types';
