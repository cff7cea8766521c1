export * from './budget-rules';
export * from './funding';
export * from './individual-statement';
export * from './money';
export * from './personal-budget';
export * from './resource-allocation';
export * from './statement-schedule';
export * from './statement-view';
