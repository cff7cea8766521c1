import type { ConsoleConfig } from '@ipc/config';
import { doubleCsrf } from 'csrf-csrf';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** The hidden field every form carries (and the sign-out link's query, where a button has no field). */
export const CSRF_FIELD = '_csrf';

/**
 * Double-submit CSRF protection bound to the session: every POST needs the token the page was
 * rendered with. Each page gets the token as `csrfToken` for its forms.
 */
export function csrfProtection(config: ConsoleConfig): RequestHandler[] {
  const { doubleCsrfProtection, generateCsrfToken } = doubleCsrf({
    getSecret: () => config.session.secret,
    getSessionIdentifier: (request) => request.session.id,
    cookieName: config.session.secureCookies ? '__Host-ipc-console.csrf' : 'ipc-console.csrf',
    cookieOptions: { sameSite: 'lax', secure: config.session.secureCookies, path: '/', httpOnly: true },
    getCsrfTokenFromRequest: (request) => {
      const token = (request.body as Record<string, unknown> | undefined)?.[CSRF_FIELD] ?? request.query[CSRF_FIELD];
      return typeof token === 'string' ? token : undefined;
    },
  });
  const tokenForPage = (request: Request, response: Response, next: NextFunction) => {
    response.locals.csrfToken = generateCsrfToken(request, response);
    next();
  };
  return [doubleCsrfProtection, tokenForPage];
}
