import { Global, Module } from '@nestjs/common';
import { AccessTokenVerifier } from './access-token-verifier';
import { CareRelationships } from './care-relationships.service';
import { OidcIssuer } from './oidc-issuer';
import { SignedInStaffController } from './signed-in-staff.controller';

/**
 * Who is calling and what they may reach: the token verifier and the care-relationship check the
 * guard uses, and the route that tells a client who its token is for.
 */
@Global()
@Module({
  controllers: [SignedInStaffController],
  providers: [OidcIssuer, AccessTokenVerifier, CareRelationships],
  exports: [AccessTokenVerifier, CareRelationships],
})
export class AuthModule {}
