import type { StaffRole } from '@ipc/config';

/** Who is signed in, as the session keeps them: the access token is what every API call carries. */
export interface ConsoleUser {
  staffId: string;
  siteId: string;
  teamId: string;
  role: StaffRole;
  accessToken: string;
  /** How they signed in: `dev` is the development-only pick of a static token. */
  via: 'oidc' | 'dev';
}

declare module 'express-session' {
  interface SessionData {
    user?: ConsoleUser;
    /** The authorisation request in flight: PKCE verifier, state and where to go afterwards. */
    signIn?: { codeVerifier?: string; state?: string; returnTo: string };
    /** A one-time message for the next page (a step recorded, a referral made). */
    flash?: string;
  }
}
