import { CARE_TEAM_ROLES, type StaffRole } from '@ipc/config';

/** Who is signed in, as the session keeps them: the access token is what every API call carries. */
export interface ConsoleUser {
  staffId: string;
  /** Their name as the identity provider gives it, for the header; the staff id when it gives none. */
  name: string;
  siteId: string;
  /** The team they act for, first of `teams`. */
  teamId: string;
  teams: string[];
  role: StaffRole;
  accessToken: string;
  /** When the access token stops working (epoch milliseconds): the person signs in again then. */
  accessTokenExpiresAt: number;
  /** Sent back to the issuer on sign-out, so it ends its session for this person too. */
  idToken?: string;
}

/** Care-team staff work on people's records; everyone else sees figures or the site's settings. */
export function isCareTeam(user: Pick<ConsoleUser, 'role'>): boolean {
  return (CARE_TEAM_ROLES as readonly string[]).includes(user.role);
}

declare module 'express-session' {
  interface SessionData {
    user?: ConsoleUser;
    /** The authorisation request in flight: PKCE verifier, state and where to go afterwards. */
    signIn?: { codeVerifier: string; state: string; returnTo: string };
    /** A one-time message for the next page (a step recorded, a referral made). */
    flash?: string;
  }
}
