export * from './app-config';
export * from './reminder-config';
export * from './config-error';
export * from './staff-tokens';
export * from './identity-config';
export * from './config.module';
export * from './json-logger';
export * from './graceful-shutdown';
