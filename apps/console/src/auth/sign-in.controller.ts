import { Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { ConsoleConfig } from '@ipc/config';
import type { Request, Response } from 'express';
import { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { CONSOLE_CONFIG } from '../console-config.provider';
import { SESSION_COOKIE } from '../http/sessions';
import type { ConsoleUser } from './console-user';
import { OidcSignIn } from './oidc-sign-in';
import { signedInUser } from './signed-in.decorator';

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

/** Who the API says a token is for (the national role mapped to the engine's). */
interface SignedInStaff {
  staffId: string;
  siteId: string;
  teamId: string;
  teams: string[];
  role: ConsoleUser['role'];
}

@Controller()
export class SignInController {
  constructor(
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
    private readonly oidc: OidcSignIn,
    private readonly api: ApiClient,
  ) {}

  /** Sends the browser to the identity provider's sign-in (code flow with PKCE). */
  @Get('sign-in')
  async signIn(@Req() request: Request, @Res() response: Response, @Query('returnTo') returnTo?: string) {
    if (signedInUser(request)) return response.redirect(localPath(returnTo));
    const authorisation = await this.oidc.begin();
    request.session.signIn = {
      codeVerifier: authorisation.codeVerifier,
      state: authorisation.state,
      returnTo: localPath(returnTo),
    };
    return response.redirect(authorisation.url);
  }

  @Get('auth/callback')
  async callback(@Req() request: Request, @Res() response: Response) {
    const pending = request.session.signIn;
    if (!pending) return response.redirect('/sign-in');
    const tokens = await this.oidc.complete(new URL(request.originalUrl, this.config.baseUrl), pending);
    let staff: SignedInStaff;
    try {
      staff = await this.api.get<SignedInStaff>(tokens, '/me');
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
      // Signed in at the issuer, but not as anyone the engine acts for (a role it does not map).
      return response.status(403).render('forbidden.njk', {
        title: 'You cannot use this service in your role',
        message: 'Your identity provider signed you in, but your selected role is not one this service knows.',
        signOutAtIssuer: await this.oidc.endSessionUrl(`${this.config.baseUrl}/signed-out`, tokens.idToken),
      });
    }
    const { staffId, siteId, teamId, teams, role } = staff;
    await startSession(request, {
      staffId,
      name: tokens.name ?? staffId,
      siteId,
      teamId,
      teams,
      role,
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: tokens.accessTokenExpiresAt,
      idToken: tokens.idToken,
    });
    return response.redirect(pending.returnTo);
  }

  /** Ends the console's session, then the issuer's (RP-initiated logout) when it offers that. */
  @Post('sign-out')
  async signOut(@Req() request: Request, @Res() response: Response) {
    const idToken = request.session.user?.idToken;
    await new Promise<void>((resolve) => request.session.destroy(() => resolve()));
    response.clearCookie(SESSION_COOKIE);
    const endSession = await this.oidc
      .endSessionUrl(`${this.config.baseUrl}/signed-out`, idToken)
      .catch(() => undefined);
    return response.redirect(303, endSession ?? '/signed-out');
  }

  @Get('signed-out')
  signedOut(@Res() response: Response) {
    return response.render('signed-out.njk', { title: 'You have signed out' });
  }
}
