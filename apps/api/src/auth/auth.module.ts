import { Global, Module } from '@nestjs/common';
import { AccessTokenVerifier } from './access-token-verifier';
import { CareRelationships } from './care-relationships.service';
import { OidcIssuer } from './oidc-issuer';

/** Who is calling and what they may reach: the token verifier and the care-relationship check the guard uses. */
@Global()
@Module({
  providers: [OidcIssuer, AccessTokenVerifier, CareRelationships],
  exports: [AccessTokenVerifier, CareRelationships],
})
export class AuthModule {}
