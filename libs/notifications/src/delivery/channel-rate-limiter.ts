import type { Redis } from 'ioredis';

/**
 * Counts a delivery in the channel's current window; answers 0 when it may go now, otherwise how
 * many milliseconds remain until the window ends. One atomic script, so every worker shares the count.
 */
const TAKE_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
if count > tonumber(ARGV[2]) then
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl < 0 then
    redis.call('PEXPIRE', KEYS[1], ARGV[1])
    ttl = tonumber(ARGV[1])
  end
  return ttl
end
return 0`;

type RedisWithTake = Redis & { takeReminderSlot(key: string, windowMs: number, max: number): Promise<number> };

/**
 * Per-channel rate limits for the one reminder queue. BullMQ's own limiter (worker `limiter`,
 * queue.setGlobalRateLimit) counts every job of a queue alike, and per-group limits are BullMQ Pro
 * only; one queue per channel would split retries, ids and the dashboard four ways. So each channel
 * has a fixed-window counter in Redis, shared by all workers; a job over its channel's limit is
 * moved back to delayed until the window ends (without spending an attempt) while jobs for other
 * channels carry on. A fixed window allows up to twice the rate across a window boundary, which is
 * within what Notify tolerates for its per-minute limit when windows are a second long.
 */
export class ChannelRateLimiter {
  private readonly redis: RedisWithTake;

  constructor(
    redis: Redis,
    private readonly keyPrefix: string,
    private readonly windowMs: number,
    private readonly maxPerWindow: Readonly<Record<string, number>>,
  ) {
    redis.defineCommand('takeReminderSlot', { numberOfKeys: 1, lua: TAKE_SCRIPT });
    this.redis = redis as RedisWithTake;
  }

  /** 0 when a delivery on this channel may start now; otherwise the wait in milliseconds. */
  async take(channel: string): Promise<number> {
    const max = this.maxPerWindow[channel];
    if (max === undefined) return 0;
    return Number(await this.redis.takeReminderSlot(`${this.keyPrefix}:rate:${channel}`, this.windowMs, max));
  }
}
