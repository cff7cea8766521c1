import type { ConsoleConfig } from '@ipc/config';
import { RedisStore } from 'connect-redis';
import session from 'express-session';
import type { RequestHandler } from 'express';
import { createClient } from 'redis';

export const SESSION_COOKIE = 'ipc-console.sid';

/**
 * Sessions in Redis, ended after SESSION_IDLE_MINUTES without a request: each request moves the
 * expiry on (`rolling`), and Redis forgets a session at the same moment the cookie does.
 */
export async function redisSessions(
  config: ConsoleConfig,
): Promise<{ middleware: RequestHandler; close(): Promise<void> }> {
  const client = createClient({ url: config.redis.url });
  client.on('error', () => undefined); // reconnects on its own; a request meanwhile fails and says so
  await client.connect();
  const idleMs = config.session.idleMinutes * 60_000;
  const middleware = session({
    name: SESSION_COOKIE,
    store: new RedisStore({ client, prefix: config.redis.sessionPrefix, ttl: idleMs / 1000 }),
    secret: config.session.secret,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.session.secureCookies, maxAge: idleMs },
  });
  return {
    middleware,
    async close() {
      await client.close();
    },
  };
}
