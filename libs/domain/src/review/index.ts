export * from './calendar-arithmetic';
export * from './review-due';
export * from './review-rules';
