import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import { DeliveryError } from '../channels/delivery-channel';
import type { DeliveryRoutes } from '../channels/delivery-routes';
import type { DELIVER_REMINDER, ReminderJobs } from '../reminder-queue';
import type { DeliveryRoute, RemindersRepository } from '@ipc/persistence';
import type { ChannelRateLimiter } from './channel-rate-limiter';

export type ReminderJob = Job<ReminderJobs[typeof DELIVER_REMINDER]>;

/** Ids and statuses only: a delivery log line never holds contact details or message text. */
export interface DeliveryLogger {
  log(message: string): void;
  warn(message: string): void;
}

export interface ReminderProcessorDependencies {
  records: RemindersRepository;
  routes: DeliveryRoutes;
  limiter: ChannelRateLimiter;
  logger: DeliveryLogger;
  /** How long an attempt holds the reminder: longer than the job lock plus the provider timeout. */
  claimLeaseMs: number;
}

export type DeliveryOutcome = 'sent' | 'found-at-provider' | 'already-sent' | 'already-failed';

/**
 * Delivers one reminder, at most once as far as the providers allow:
 *
 * 1. A reminder already `sent` (or `failed`) is left alone, so a repeated job sends nothing.
 * 2. Before the provider is called the attempt claims the row: `sending`, with a lease. While the
 *    lease runs no other attempt may send it (it waits), so two jobs for one reminder never send in
 *    parallel. An attempt that claims a row already `sending` knows an earlier one may have reached
 *    the provider (the worker was killed, Redis or the database went away before `sent` was
 *    recorded) and first asks the provider for a message with this reminder's reference; if there
 *    is one, it is recorded as sent and nothing is resent.
 * 3. Otherwise it sends, with the reminder id as the provider reference, and records `sent`.
 *
 * The window that remains: an attempt that dies after the provider accepted the message and before
 * `sent` was recorded is repeated. With Notify and the outbox the repeat finds the first message
 * and sends nothing, unless Notify is still processing the first request when the repeat asks (the
 * repeat comes only after the lease, REMINDER_LOCK_MS plus REMINDER_PROVIDER_TIMEOUT_MS, so in
 * practice it is not; Notify does not de-duplicate by reference itself).
 * SMTP cannot be asked, so over SMTP such a repeat sends a second copy with the same Message-ID,
 * which mail systems can recognise. A job is never lost: until `sent` or `failed` is recorded the
 * job is retried (BullMQ) and, if Redis lost it, enqueued again from the table (ReminderRequeuer).
 */
export function createReminderProcessor(dependencies: ReminderProcessorDependencies) {
  const { records, routes, limiter, logger, claimLeaseMs } = dependencies;

  return async (job: ReminderJob, token?: string): Promise<DeliveryOutcome> => {
    const { reminderId } = job.data;
    const reminder = await records.loadForDelivery(reminderId);
    if (!reminder) throw new UnrecoverableError(`reminder ${reminderId} does not exist`);
    if (reminder.status === 'sent') return 'already-sent';
    if (reminder.status === 'failed') return 'already-failed';

    let routed;
    try {
      routed = routes.routeFor(reminder);
    } catch (error) {
      throw await recordFailure(job, error);
    }

    const wait = await limiter.take(rateLimitChannel(routed.route));
    if (wait > 0) {
      // Over this channel's limit: back to delayed until the window ends, without spending an attempt.
      await job.moveToDelayed(Date.now() + wait, token);
      throw new DelayedError();
    }

    const claim = await records.claim(reminderId, routed.route, claimLeaseMs);
    if (claim.outcome === 'finished') return `already-${claim.status}`;
    if (claim.outcome === 'busy') {
      // Another attempt holds it (a duplicate job, or a job BullMQ thought stalled): come back after its lease.
      await job.moveToDelayed(Date.now() + claim.retryInMs, token);
      throw new DelayedError();
    }
    try {
      if (claim.previousStatus === 'sending') {
        const earlier = await routed.channel.findAccepted(reminderId);
        if (earlier) {
          await records.markSent(reminderId, earlier);
          logger.log(`reminder ${reminderId} status=sent (found at ${routed.route.provider}, not resent)`);
          return 'found-at-provider';
        }
      }
      const providerReference = await routed.channel.send(routed.message);
      await records.markSent(reminderId, providerReference);
      logger.log(`reminder ${reminderId} status=sent via ${routed.route.provider}/${routed.route.channel}`);
      return 'sent';
    } catch (error) {
      throw await recordFailure(job, error);
    }
  };

  /**
   * Records the error on the reminder: `failed` when no retry will follow (a permanent refusal, or
   * the last attempt), otherwise just the error. Returns what the job should fail with.
   */
  async function recordFailure(job: ReminderJob, error: unknown): Promise<Error> {
    const { reminderId } = job.data;
    const permanent = error instanceof DeliveryError && error.permanent;
    const lastAttempt = permanent || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const description = describeDeliveryError(error);
    try {
      if (lastAttempt) await records.markFailed(reminderId, description);
      else await records.recordAttemptError(reminderId, description);
    } catch {
      // The database is away too: the row keeps its status and a later attempt (or the worker's
      // failed event) records the outcome.
    }
    const attempt = job.attemptsMade + 1;
    logger.warn(`reminder ${reminderId} attempt ${attempt} failed; status=${lastAttempt ? 'failed' : 'will-retry'}`);
    if (permanent) return new UnrecoverableError(description);
    return error instanceof Error ? error : new Error(description);
  }
}

/** Rate limits are per channel; everything going to the outbox shares the outbox's. */
function rateLimitChannel(route: DeliveryRoute): string {
  return route.provider === 'outbox' ? 'outbox' : route.channel;
}

/** What the coordinator sees as the reminder's last error: status codes and provider codes, no addresses. */
export function describeDeliveryError(error: unknown): string {
  if (error instanceof DeliveryError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}
