import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { INestApplication } from '@nestjs/common';
import { REMINDER_QUEUE_TOKEN, type ReminderQueue } from '@ipc/notifications';
import type { NextFunction, Request, Response } from 'express';
import { type AccessAction, roleMayDo, ruleOf } from '../auth/access-rules';
import { AccessTokenVerifier } from '../auth/access-token-verifier';
import { actionForbidden, issuerUnavailable, tokenRefused } from '../auth/auth.errors';
import { bearerToken } from '../auth/bearer-token';
import { sendProblem } from '../problem/send-problem';

/** Where operators find the reminder queue's dashboard; the console forwards the same path. */
export const QUEUE_BOARD_PATH = '/api/v1/admin/queues';
export const QUEUE_BOARD_ACCESS: AccessAction = 'operate-queues';

/**
 * Lets a request through to the queue dashboard only with an administrator's token: the same
 * verification and access table as every API route, answered with the same problem details.
 */
function administratorsOnly(tokens: AccessTokenVerifier) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const verification = await tokens.verify(bearerToken(request.headers.authorization));
    if ('refused' in verification) {
      const problem =
        verification.refused === 'issuer-unavailable' ? issuerUnavailable() : tokenRefused(verification.refused);
      return sendProblem(request, response, problem.problem);
    }
    if (!roleMayDo(verification.staff.role, QUEUE_BOARD_ACCESS)) {
      const refusal = actionForbidden(QUEUE_BOARD_ACCESS, ruleOf(QUEUE_BOARD_ACCESS).roles);
      return sendProblem(request, response, refusal.problem);
    }
    next();
  };
}

/**
 * The BullMQ dashboard for administrators: reminder jobs waiting, delayed, failed (with their
 * attempts and errors) and retrying them. Jobs carry reminder ids only, never a person's details.
 * Mounted on Express before Nest's routes, as the dashboard serves its own pages and assets.
 */
export function mountQueueBoard(app: INestApplication): void {
  const board = new ExpressAdapter();
  board.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: [new BullMQAdapter(app.get<ReminderQueue>(REMINDER_QUEUE_TOKEN))],
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'IPC reminders' } },
  });
  app.use(QUEUE_BOARD_PATH, administratorsOnly(app.get(AccessTokenVerifier)), board.getRouter());
}
