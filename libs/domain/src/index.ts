export * from './activation';
export * from './budget';
export * from './calendar-date';
export * from './cohorts';
export * from './journey';
export * from './nhs-number';
export * from './reminders';
