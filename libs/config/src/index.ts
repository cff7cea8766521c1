export * from './app-config';
export * from './reminder-config';
export * from './config-error';
export * from './staff-tokens';
export * from './config.module';
export * from './json-logger';
export * from './graceful-shutdown';
export * from './rate-limit-config';
