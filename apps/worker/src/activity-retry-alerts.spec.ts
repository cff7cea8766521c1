import type { Context } from '@temporalio/activity';
import { ALERT_FROM_ATTEMPT, activityRetryAlerts } from './activity-retry-alerts';

function attemptOf(attempt: number, outcome: () => Promise<unknown>) {
  const logged: string[] = [];
  const context = {
    info: { attempt, activityType: 'recordJourneyStep', workflowExecution: { workflowId: 'journey-p1' } },
  } as unknown as Context;
  const { inbound } = activityRetryAlerts({ error: (message) => logged.push(message) })(context);
  const run = inbound?.execute?.({ args: [], headers: {} }, outcome) as Promise<unknown>;
  return { run, logged };
}

const violation = () =>
  Promise.reject(
    Object.assign(new Error('duplicate key value violates unique constraint'), {
      name: 'QueryFailedError',
      code: '23505',
      constraint: 'uq_participants_open_nhs',
    }),
  );

describe('activityRetryAlerts', () => {
  it('should let early failures through quietly: they are usually an outage that passes', async () => {
    const { run, logged } = attemptOf(ALERT_FROM_ATTEMPT - 1, violation);
    await expect(run).rejects.toThrow('duplicate key');
    expect(logged).toEqual([]);
  });

  it('should log a failure from the alerting attempt on, without the error message, and still fail it', async () => {
    const { run, logged } = attemptOf(ALERT_FROM_ATTEMPT, violation);
    await expect(run).rejects.toThrow('duplicate key');
    expect(logged).toEqual([
      `activity recordJourneyStep failed on attempt ${ALERT_FROM_ATTEMPT} workflow=journey-p1: ` +
        'QueryFailedError code 23505 constraint uq_participants_open_nhs',
    ]);
  });

  it('should pass a success through untouched', async () => {
    const { run, logged } = attemptOf(ALERT_FROM_ATTEMPT + 3, () => Promise.resolve('recorded'));
    await expect(run).resolves.toBe('recorded');
    expect(logged).toEqual([]);
  });
});
