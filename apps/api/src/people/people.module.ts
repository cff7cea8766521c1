import { Module } from '@nestjs/common';
import { CarersModule } from '../carers/carers.module';
import { ParticipantsModule } from '../participants/participants.module';
import { CarerDetailsController, ParticipantDetailsController } from './person-details.controller';
import { PersonDetailsService } from './person-details.service';

/** People's details and their history, for participants and carers alike. */
@Module({
  imports: [ParticipantsModule, CarersModule],
  controllers: [ParticipantDetailsController, CarerDetailsController],
  providers: [PersonDetailsService],
  exports: [PersonDetailsService],
})
export class PeopleModule {}
