export * from './worklists';
