export * from './outcome-measures';
