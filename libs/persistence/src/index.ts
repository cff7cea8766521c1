export * from './data-source';
export * from './database-setup';
export * from './entities';
export * from './persistence.module';
export * from './journey-timeline';
