import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PeopleSearchModule } from '../people/people-search.module';
import { RecoveryModule } from '../recovery/recovery.module';
import { ParticipantsController } from './participants.controller';
import { ParticipantsService } from './participants.service';
import { SiteTeamsController } from './site-teams.controller';

/** People's journeys; the case mechanism comes with it for the features that step a journey. */
@Module({
  imports: [RecoveryModule, CasesModule, PeopleSearchModule],
  controllers: [ParticipantsController, SiteTeamsController],
  providers: [ParticipantsService],
  exports: [ParticipantsService, CasesModule],
})
export class ParticipantsModule {}
