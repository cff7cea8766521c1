import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * A nonce per response for the design system's one inline script (it marks the page as having
 * JavaScript), so the content security policy allows no other inline script.
 */
export function cspNonce(): RequestHandler {
  return (_request: Request, response: Response, next: NextFunction) => {
    response.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  };
}

/**
 * helmet's defaults with scripts from this origin and the page's nonce only; no caching of records.
 * Forms post here only, but signing out redirects on to the issuer, which browsers check as a form action.
 */
export function securityHeaders(secure: boolean, issuer: string): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: {
        directives: {
          scriptSrc: ["'self'", (_request, response) => `'nonce-${(response as Response).locals.cspNonce as string}'`],
          formAction: ["'self'", new URL(issuer).origin],
          // The console is served over plain HTTP in the dev stack; behind TLS it upgrades.
          upgradeInsecureRequests: secure ? [] : null,
        },
      },
    }),
    (request, response, next) => {
      if (!request.path.startsWith('/assets/')) response.setHeader('Cache-Control', 'no-store');
      next();
    },
  ];
}
