import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { CarerRemindersController } from './carer-reminders.controller';
import { ContactPreferencesService } from './contact-preferences.service';
import { ParticipantRemindersController } from './participant-reminders.controller';
import { RemindersService } from './reminders.service';

@Module({
  imports: [ParticipantsModule],
  controllers: [ParticipantRemindersController, CarerRemindersController],
  providers: [RemindersService, ContactPreferencesService],
})
export class RemindersModule {}
