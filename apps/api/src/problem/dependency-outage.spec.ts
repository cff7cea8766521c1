import { QueryFailedError } from 'typeorm';
import { outageOf } from './dependency-outage';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe(outageOf.name, () => {
  it('should see PostgreSQL away in a refused connection, a pool timeout, a shutdown or a lost connection', () => {
    expect(outageOf(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe('database');
    expect(outageOf(new Error('timeout exceeded when trying to connect'))).toBe('database');
    expect(outageOf(new QueryFailedError('SELECT 1', [], withCode('terminating connection', '57P01')))).toBe(
      'database',
    );
    expect(outageOf(new Error('Connection terminated unexpectedly'))).toBe('database');
  });

  it('should see Temporal away in a gRPC UNAVAILABLE, also as the cause of a client error', () => {
    const unavailable = Object.assign(new Error('14 UNAVAILABLE: No connection established'), {
      code: 14,
      details: 'No connection established',
      metadata: {},
    });
    expect(outageOf(unavailable)).toBe('temporal');
    expect(outageOf(new Error('Failed to start workflow', { cause: unavailable }))).toBe('temporal');
  });

  it('should see Redis away when ioredis gives up on a command', () => {
    expect(outageOf(Object.assign(new Error('Reached the max retries'), { name: 'MaxRetriesPerRequestError' }))).toBe(
      'redis',
    );
    expect(outageOf(new Error('Connection is closed.'))).toBe('redis');
  });

  it('should leave every other error alone (a 500 says what it is)', () => {
    expect(outageOf(new TypeError('Cannot read properties of undefined'))).toBeUndefined();
    expect(outageOf(new QueryFailedError('INSERT', [], withCode('duplicate key', '23505')))).toBeUndefined();
    expect(outageOf(Object.assign(new Error('5 NOT_FOUND'), { code: 5, details: '', metadata: {} }))).toBeUndefined();
  });
});
