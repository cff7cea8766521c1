export * from './outcome-measures';
export * from './crisis-events';
