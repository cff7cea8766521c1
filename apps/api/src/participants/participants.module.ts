import { Module } from '@nestjs/common';
import { RecoveryModule } from '../recovery/recovery.module';
import { JourneyGateway } from './journey.gateway';
import { JourneyStepsService } from './journey-steps.service';
import { ParticipantsController } from './participants.controller';
import { ParticipantsService } from './participants.service';
import { SiteTeamsController } from './site-teams.controller';

@Module({
  imports: [RecoveryModule],
  controllers: [ParticipantsController, SiteTeamsController],
  providers: [ParticipantsService, JourneyStepsService, JourneyGateway],
  exports: [ParticipantsService, JourneyStepsService],
})
export class ParticipantsModule {}
