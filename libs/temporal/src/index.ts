export * from './data-converter';
export * from './encryption-codec';
export * from './temporal-client.module';
export * from './workflow-ids';
export * from './workflow-bundle';
export * from './temporal-runtime';
