import { Body, Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { ConsoleConfig } from '@ipc/config';
import type { Request, Response } from 'express';
import { CONSOLE_CONFIG } from '../console-config.provider';
import { SESSION_COOKIE } from '../http/sessions';
import type { ConsoleUser } from './console-user';
import { OidcSignIn } from './oidc-sign-in';

/** Only paths of this console: a sign-in never sends the browser elsewhere. */
function localPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?!\/)/.test(value) ? value : '/';
}

/** Starts a fresh session for the signed-in user, so an id seen before sign-in is worth nothing after. */
function startSession(request: Request, user: ConsoleUser): Promise<void> {
  return new Promise((resolve, reject) =>
    request.session.regenerate((error) => {
      if (error) return reject(error as Error);
      request.session.user = user;
      request.session.save((saveError) => (saveError ? reject(saveError as Error) : resolve()));
    }),
  );
}

@Controller()
export class SignInController {
  private readonly oidc?: OidcSignIn;

  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {
    if (config.oidc) this.oidc = new OidcSignIn(config.oidc, config.baseUrl);
  }

  @Get('sign-in')
  async signIn(@Req() request: Request, @Res() response: Response, @Query('returnTo') returnTo?: string) {
    if (request.session.user) return response.redirect(localPath(returnTo));
    if (this.oidc) {
      const authorisation = await this.oidc.begin();
      request.session.signIn = {
        codeVerifier: authorisation.codeVerifier,
        state: authorisation.state,
        returnTo: localPath(returnTo),
      };
      return response.redirect(authorisation.url);
    }
    request.session.signIn = { returnTo: localPath(returnTo) };
    return response.render('sign-in.njk', { title: 'Sign in', staff: this.devStaff(), values: {} });
  }

  /** DEVELOPMENT ONLY (to be replaced by the identity provider's sign-in): act as a static staff token. */
  @Post('sign-in/dev')
  async devSignIn(@Req() request: Request, @Res() response: Response, @Body('staff') choice?: string) {
    const chosen = this.config.devSignIn && this.devStaff().find((member) => member.key === choice);
    if (!this.config.devSignIn) return response.status(404).render('not-found.njk', { title: 'Page not found' });
    if (!chosen) {
      const text = 'Select who to sign in as';
      return response.status(400).render('sign-in.njk', {
        title: 'Sign in',
        staff: this.devStaff(),
        values: {},
        errors: { summary: [{ text, href: '#staff' }], fields: { staff: { text } } },
      });
    }
    const returnTo = request.session.signIn?.returnTo ?? '/';
    const { token, staffId, siteId, teamId, role } = chosen;
    await startSession(request, { staffId, siteId, teamId, role, accessToken: token, via: 'dev' });
    return response.redirect(returnTo);
  }

  @Get('auth/callback')
  async callback(@Req() request: Request, @Res() response: Response) {
    const pending = request.session.signIn;
    if (!this.oidc || !pending?.codeVerifier || !pending.state) return response.redirect('/sign-in');
    const user = await this.oidc.complete(new URL(request.originalUrl, this.config.baseUrl), {
      codeVerifier: pending.codeVerifier,
      state: pending.state,
    });
    await startSession(request, user);
    return response.redirect(pending.returnTo);
  }

  @Post('sign-out')
  async signOut(@Req() request: Request, @Res() response: Response) {
    await new Promise<void>((resolve) => request.session.destroy(() => resolve()));
    response.clearCookie(SESSION_COOKIE);
    const endSession = await this.oidc?.endSessionUrl(`${this.config.baseUrl}/signed-out`).catch(() => undefined);
    return response.redirect(endSession ?? '/signed-out');
  }

  @Get('signed-out')
  signedOut(@Res() response: Response) {
    return response.render('signed-out.njk', { title: 'You have signed out' });
  }

  private devStaff() {
    return [...(this.config.devSignIn ?? new Map()).entries()].map(([token, member]) => ({
      key: `${member.staffId}@${member.siteId}`,
      token,
      ...member,
    }));
  }
}
