export * from './communication-needs';
export * from './person-details';
