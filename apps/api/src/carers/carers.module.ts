import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { PeopleSearchModule } from '../people/people-search.module';
import { CarersController } from './carers.controller';
import { CarersService } from './carers.service';
import { ParticipantCarersController } from './participant-carers.controller';

@Module({
  imports: [ParticipantsModule, PeopleSearchModule],
  controllers: [CarersController, ParticipantCarersController],
  providers: [CarersService],
  exports: [CarersService],
})
export class CarersModule {}
