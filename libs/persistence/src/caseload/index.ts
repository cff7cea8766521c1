export * from './caseload.repository';
export * from './case-assignments.repository';
