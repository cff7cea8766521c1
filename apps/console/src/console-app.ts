import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ConsoleConfig } from '@ipc/config';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import { QUEUE_BOARD_PATH, queueBoardForwarding } from './admin/queue-board-forwarding';
import { isCareTeam } from './auth/console-user';
import { signedInUser } from './auth/signed-in.decorator';
import { ConsoleModule } from './console.module';
import { csrfProtection } from './http/csrf';
import { fileUpload } from './http/file-upload';
import { cspNonce, securityHeaders } from './http/security-headers';
import { redisSessions } from './http/sessions';
import { configureViews, consoleViewsDir, NHSUK_FRONTEND_DIST } from './views/view-engine';

/**
 * The console as a Nest application over Express: compression, security headers, static assets,
 * sessions in Redis, form bodies (a file upload's too), CSRF protection, then the pages. Middleware
 * order matters: CSRF needs the session and the parsed body.
 */
export async function createConsoleApp(config: ConsoleConfig): Promise<NestExpressApplication> {
  const sessions = await redisSessions(config);
  const app = await NestFactory.create<NestExpressApplication>(ConsoleModule.forConfig(config, sessions), {
    bodyParser: false,
    logger: config.logLevel === 'debug' ? ['error', 'warn', 'log', 'debug'] : ['error', 'warn'],
  }).catch(async (error: unknown) => {
    await sessions.close();
    throw error;
  });
  app.disable('x-powered-by');
  app.set('trust proxy', config.session.secureCookies ? 1 : false);
  configureViews(app.getHttpAdapter().getInstance(), consoleViewsDir());
  // Pages and the design system's files gzipped: its stylesheet is 272 KB as it is, 29 KB sent.
  app.use(compression());
  app.use(cspNonce(), ...securityHeaders(config.session.secureCookies, config.oidc.issuer));
  app.use('/nhsuk', express.static(join(NHSUK_FRONTEND_DIST, 'nhsuk'), { index: false, maxAge: '1d' }));
  app.use('/console', express.static(join(consoleViewsDir(), '..', 'public'), { index: false, maxAge: '1h' }));
  app.use(sessions.middleware);
  // Before the form parser and CSRF: the dashboard's requests go on to the API as they came.
  app.use(QUEUE_BOARD_PATH, queueBoardForwarding(config));
  app.use(express.urlencoded({ extended: true, limit: '200kb' }), cookieParser());
  app.use('/people/:id/spend/upload', fileUpload());
  app.use(...csrfProtection(config), csrfFailure);
  app.use((request: Request, response: Response, next: NextFunction) => {
    const user = signedInUser(request);
    response.locals.user = user;
    response.locals.isCareTeam = user !== undefined && isCareTeam(user);
    response.locals.sessionIdleMinutes = config.session.idleMinutes;
    next();
  });
  return app;
}

/** A form sent without the token its page was rendered with (an old tab, a forged request). */
function csrfFailure(error: unknown, request: Request, response: Response, next: NextFunction): void {
  if ((error as { code?: string })?.code !== 'EBADCSRFTOKEN') return next(error);
  response.locals.user = request.session.user;
  response.status(403).render('forbidden.njk', {
    title: 'This form has expired',
    message: 'Go back, reload the page and send the form again. Nothing was recorded.',
  });
}
