import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import * as oidc from 'openid-client';

/**
 * The configured issuer as a resource server sees it: its metadata found by OIDC discovery, and its
 * JSON Web Key Set, fetched when first needed, cached, and fetched again when a token names a key it
 * does not hold (the issuer rotated its keys). A failed discovery is tried again on the next token.
 */
@Injectable()
export class OidcIssuer {
  private keys?: Promise<JWTVerifyGetKey>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get issuer(): string {
    return this.config.identity.issuer;
  }

  signingKeys(): Promise<JWTVerifyGetKey> {
    this.keys ??= this.discover().catch((error: unknown) => {
      this.keys = undefined;
      throw error;
    });
    return this.keys;
  }

  private async discover(): Promise<JWTVerifyGetKey> {
    const { issuer, audience, jwksCooldownMs, jwksMaxAgeMs } = this.config.identity;
    const url = new URL(issuer);
    // The dev stack's provider and the tests' are plain HTTP on this machine; real issuers are HTTPS.
    const execute = url.protocol === 'http:' ? [oidc.allowInsecureRequests] : [];
    const discovered = await oidc.discovery(url, audience, undefined, undefined, { execute, timeout: 10 });
    const jwksUri = discovered.serverMetadata().jwks_uri;
    if (!jwksUri) throw new Error(`the issuer ${issuer} publishes no jwks_uri`);
    return createRemoteJWKSet(new URL(jwksUri), {
      cooldownDuration: jwksCooldownMs,
      cacheMaxAge: jwksMaxAgeMs,
      timeoutDuration: 10_000,
    });
  }
}
