import {
  type ArgumentsHost,
  BadRequestException,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiError } from '../api/api-error';
import { SignInRequired } from '../auth/signed-in.decorator';

/**
 * Every failure as a page a person can act on: sign in again, not allowed, not found, or sorry.
 * Logged by kind and status only: a page's values may hold personal details.
 */
@Catch()
export class ConsoleExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('console');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    if (exception instanceof SignInRequired) {
      return response.redirect(`/sign-in?returnTo=${encodeURIComponent(exception.returnTo)}`);
    }
    if (exception instanceof ApiError && exception.status === 401) {
      // The token was refused (revoked, or the issuer's keys changed): sign in again, back to this page.
      const returnTo = `/sign-in?returnTo=${encodeURIComponent(request.originalUrl)}`;
      request.session.destroy(() => response.redirect(returnTo));
      return;
    }
    const status =
      exception instanceof ApiError
        ? exception.status
        : exception instanceof HttpException
          ? exception.getStatus()
          : 500;
    if (status === 403) {
      return response.status(403).render('forbidden.njk', {
        title: 'You cannot open this page',
        message:
          request.session.user?.role === 'programme-lead' && /^\/(people|carers)\//.test(request.path)
            ? 'Programme leads see the figures for the whole site, never one person’s record.'
            : 'Your role does not allow this.',
      });
    }
    if (status === 404 || exception instanceof BadRequestException) {
      return response.status(404).render('not-found.njk', { title: 'Page not found' });
    }
    this.logger.error(
      `page failed: ${exception instanceof Error ? exception.name : 'unknown'} status=${status} path=${request.route?.path ?? 'unrouted'}`,
    );
    response
      .status(status >= 500 ? 503 : 500)
      .render('problem.njk', { title: 'Sorry, there is a problem with the service' });
  }
}
