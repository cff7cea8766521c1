import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type StaffMember } from '@ipc/config';
import { errors, jwtVerify } from 'jose';
import { type AccessTokenClaims, type ClaimsRefusal, staffFromClaims } from './national-rbac-claims';
import { OidcIssuer } from './oidc-issuer';

/** Why a bearer token was refused: the reason code a 401 carries. */
export type TokenRefusal =
  | ClaimsRefusal
  | 'missing-token'
  | 'unknown-token'
  | 'malformed-token'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-audience'
  | 'wrong-issuer'
  | 'bad-signature'
  | 'unknown-key'
  | 'issuer-unavailable';

export type Verification = { staff: StaffMember } | { refused: TokenRefusal };

/** Signature algorithms an access token may use (asymmetric only: the API holds no issuer secret). */
const ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

const looksLikeJwt = (token: string) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token);

function refusalOf(error: unknown): TokenRefusal {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'wrong-audience';
    if (error.claim === 'iss') return 'wrong-issuer';
    if (error.claim === 'nbf' || error.claim === 'iat') return 'not-yet-valid';
    return 'malformed-token';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad-signature';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
    return 'unknown-key';
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JOSEAlgNotAllowed
  ) {
    return 'malformed-token';
  }
  return 'issuer-unavailable';
}

/**
 * Who a bearer token identifies: a configured static token (service accounts; people's only outside
 * production), else a JWT access token from the configured issuer, verified against its keys
 * (signature, issuer, audience, expiry with the configured clock skew) and mapped to a staff member.
 */
@Injectable()
export class AccessTokenVerifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly issuer: OidcIssuer,
  ) {}

  async verify(token: string | undefined): Promise<Verification> {
    if (!token) return { refused: 'missing-token' };
    const staticStaff = this.config.staff.get(token);
    if (staticStaff) return { staff: staticStaff };
    if (!looksLikeJwt(token)) return { refused: 'unknown-token' };

    const { issuer, audience, clockToleranceSeconds } = this.config.identity;
    let claims: AccessTokenClaims;
    try {
      const keys = await this.issuer.signingKeys();
      ({ payload: claims } = await jwtVerify<AccessTokenClaims>(token, keys, {
        issuer,
        audience,
        clockTolerance: clockToleranceSeconds,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      return { refused: refusalOf(error) };
    }
    const staff = staffFromClaims(claims, this.config.identity);
    return typeof staff === 'string' ? { refused: staff } : { staff };
  }
}
