import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { CarerGateway } from './carer.gateway';
import { CarerStepsService } from './carer-steps.service';
import { CarersController } from './carers.controller';
import { CarersService } from './carers.service';
import { ParticipantCarersController } from './participant-carers.controller';

@Module({
  imports: [ParticipantsModule],
  controllers: [CarersController, ParticipantCarersController],
  providers: [CarersService, CarerStepsService, CarerGateway],
  exports: [CarersService],
})
export class CarersModule {}
