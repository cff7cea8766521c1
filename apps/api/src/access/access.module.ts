import { Module } from '@nestjs/common';
import { AccessReasonsController } from './access-reasons.controller';
import { AccessReasonsService } from './access-reasons.service';

/** Reasons stated for access beyond the caseload (break glass) and their review by the IG lead. */
@Module({ controllers: [AccessReasonsController], providers: [AccessReasonsService] })
export class AccessModule {}
