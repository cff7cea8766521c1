export * from './journey-state';
export * from './stages';
export * from './step-errors';
export * from './steps';
export * from './transitions';
export * from './budget-steps';
export * from './review-steps';
export * from './journey-reminders';
