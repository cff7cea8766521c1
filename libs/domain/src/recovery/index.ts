export * from './recorded-case';
export * from './rebuild-journey';
export * from './rebuild-carer';
