import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { ConsoleUser } from './console-user';

/** No one is signed in (or the session timed out): the filter sends the browser to sign in. */
export class SignInRequired extends Error {
  constructor(readonly returnTo: string) {
    super('Sign in required');
  }
}

/** The signed-in staff member, or a redirect to sign in and back to this page. */
export const SignedIn = createParamDecorator((_data: unknown, context: ExecutionContext): ConsoleUser => {
  const request = context.switchToHttp().getRequest<Request>();
  const user = request.session.user;
  if (!user) throw new SignInRequired(request.method === 'GET' ? request.originalUrl : '/');
  return user;
});
