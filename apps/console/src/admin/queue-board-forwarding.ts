import { Readable } from 'node:stream';
import type { ConsoleConfig } from '@ipc/config';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { signedInUser } from '../auth/signed-in.decorator';

/** The API's reminder queue dashboard, served by the console at the same path. */
export const QUEUE_BOARD_PATH = '/api/v1/admin/queues';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Opens the API's queue dashboard in the browser for the signed-in staff member: each request goes
 * on to the API with their access token, so the API alone decides who may see it (administrators).
 * The dashboard's own scripts send its changes (retry a job) without the console's form token, so a
 * change is taken only from a page of this console's origin.
 */
export function queueBoardForwarding(config: ConsoleConfig): RequestHandler {
  const consoleOrigin = new URL(config.baseUrl).origin;
  return async (request: Request, response: Response, next: NextFunction) => {
    const user = signedInUser(request);
    if (!user) return response.redirect(`/sign-in?returnTo=${encodeURIComponent(request.originalUrl)}`);
    if (!SAFE_METHODS.has(request.method) && request.headers.origin !== consoleOrigin) {
      return response.status(403).render('forbidden.njk', {
        title: 'This change did not come from the console',
        message: 'Open the queue dashboard from the console and try again. Nothing was changed.',
      });
    }
    try {
      const answer = await fetch(`${config.apiBaseUrl}${request.originalUrl}`, {
        method: request.method,
        headers: {
          Authorization: `Bearer ${user.accessToken}`,
          Accept: request.headers.accept ?? '*/*',
          ...(request.headers['content-type'] ? { 'Content-Type': request.headers['content-type'] } : {}),
        },
        body: SAFE_METHODS.has(request.method) ? undefined : (Readable.toWeb(request) as ReadableStream),
        duplex: 'half',
      } as RequestInit);
      if (answer.status === 403) {
        response.locals.user = user;
        return response.status(403).render('forbidden.njk', {
          title: 'Only administrators can see the queue dashboard',
          message: 'Ask your site administrator if a reminder needs sending again.',
        });
      }
      response.status(answer.status);
      for (const header of ['content-type', 'content-disposition']) {
        const value = answer.headers.get(header);
        if (value) response.setHeader(header, value);
      }
      response.send(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      next(error);
    }
  };
}
