export * from './carer-state';
export * from './registration';
export * from './stages';
export * from './step-errors';
export * from './steps';
export * from './transition-schedule';
export * from './transitions';
export { ageReachedOn } from './carer-dates';
export * from './transition-escalations';
