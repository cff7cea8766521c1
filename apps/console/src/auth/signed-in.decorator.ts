import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { ConsoleUser } from './console-user';

/** No one is signed in, the session timed out or its token expired: the filter sends the browser to sign in. */
export class SignInRequired extends Error {
  constructor(readonly returnTo: string) {
    super('Sign in required');
  }
}

/** A token this close to its end is not used: a page may call the API several times. */
const EXPIRY_MARGIN_MS = 10_000;

/**
 * The session's user while their access token still works; once it has expired they are signed
 * out of the console (the issuer's own session usually signs them straight back in).
 */
export function signedInUser(request: Request, now = Date.now()): ConsoleUser | undefined {
  const user = request.session.user;
  if (user && user.accessTokenExpiresAt - EXPIRY_MARGIN_MS <= now) delete request.session.user;
  return request.session.user;
}

/**
 * The signed-in staff member, or a redirect to sign in and back to this page (a form posts to the
 * address of its page, so a form sent once the token expired comes back to that page, unsent).
 */
export const SignedIn = createParamDecorator((_data: unknown, context: ExecutionContext): ConsoleUser => {
  const request = context.switchToHttp().getRequest<Request>();
  const user = signedInUser(request);
  if (!user) throw new SignInRequired(request.originalUrl);
  return user;
});
