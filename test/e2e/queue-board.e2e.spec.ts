import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import IORedis from 'ioredis';
import { DELIVER_REMINDER, REMINDER_QUEUE, REMINDER_QUEUE_TOKEN, type ReminderQueue } from '@ipc/notifications';
import { QUEUE_BOARD_PATH } from '../../apps/api/src/queues/queue-board';
import { eventually } from '../support/eventually';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

interface BoardQueue {
  name: string;
  counts: Record<string, number>;
  jobs: { id: string; data: unknown; failedReason?: string }[];
}

describe('The reminder queue dashboard operators use', () => {
  let stack: TestStack;
  let queue: ReminderQueue;

  const board = (member: { token: string } | undefined, path = '') => {
    const call = stack.http.get(`${QUEUE_BOARD_PATH}${path}`);
    return member ? call.set('Authorization', `Bearer ${member.token}`) : call;
  };

  beforeAll(async () => {
    // No worker: a job added here stays where it is put, for the dashboard to show.
    stack = await startTestStack({ worker: false });
    queue = stack.api.get<ReminderQueue>(REMINDER_QUEUE_TOKEN);
  });

  afterAll(() => stack.close());

  it("should show an administrator the reminder queue's jobs, by status, and let them retry a failed one", async () => {
    const reminderId = randomUUID();
    const job = await queue.add(
      DELIVER_REMINDER,
      { reminderId },
      { jobId: `reminder-board-${reminderId}`, delay: 3_600_000 },
    );

    const page = await board(staff.administrator, '/').expect(200);
    expect(page.type).toBe('text/html');
    expect(page.text).toContain('IPC reminders');

    const listed = await board(staff.administrator, `/api/queues?activeQueue=${REMINDER_QUEUE}&status=delayed`).expect(
      200,
    );
    const reminders = (listed.body.queues as BoardQueue[]).find((entry) => entry.name === REMINDER_QUEUE);
    expect(reminders?.counts.delayed).toBeGreaterThanOrEqual(1);
    expect(reminders?.jobs).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: job.id, data: { reminderId } })]),
    );

    await job.remove();

    // A delivery that fails its only attempt, as a real BullMQ worker leaves it.
    const failing = await queue.add(
      DELIVER_REMINDER,
      { reminderId },
      { jobId: `reminder-failed-${reminderId}`, attempts: 1 },
    );
    const connection = new IORedis(stack.config.redis.url, { maxRetriesPerRequest: null });
    const worker = new Worker(REMINDER_QUEUE, () => Promise.reject(new Error('Notify refused the request')), {
      connection,
      prefix: stack.config.redis.prefix,
    });
    await eventually(
      () => failing.getState(),
      (state) => state === 'failed',
    );
    await worker.close();
    await connection.quit();

    const failed = await board(staff.administrator, `/api/queues?activeQueue=${REMINDER_QUEUE}&status=failed`).expect(
      200,
    );
    const failedJobs = (failed.body.queues as BoardQueue[]).find((entry) => entry.name === REMINDER_QUEUE)?.jobs;
    expect(failedJobs).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: failing.id, failedReason: 'Notify refused the request' })]),
    );
    await stack.http
      .put(`${QUEUE_BOARD_PATH}/api/queues/${REMINDER_QUEUE}/${failing.id}/retry`)
      .set('Authorization', `Bearer ${staff.administrator.token}`)
      .expect(204);
    expect(await failing.getState()).toBe('waiting');
    await failing.remove();
  });

  it('should refuse anyone signed in as another role (403) and anyone not signed in (401), as problem details', async () => {
    for (const member of [staff.coordinator, staff.igLead, staff.programmeLead]) {
      const refused = await board(member, `/api/queues?activeQueue=${REMINDER_QUEUE}`).expect(403);
      expect(refused.type).toBe('application/problem+json');
      expect(refused.body.detail).toContain('administrator');
    }
    const anonymous = await board(undefined, '/').expect(401);
    expect(anonymous.type).toBe('application/problem+json');
    await board({ token: 'not-a-token' }, '/').expect(401);
  });
});
