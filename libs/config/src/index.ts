export * from './app-config';
export * from './console-config';
export * from './reminder-config';
export * from './config-error';
export * from './staff-tokens';
export * from './config.module';
export * from './json-logger';
export * from './graceful-shutdown';
