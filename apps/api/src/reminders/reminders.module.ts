import { Module } from '@nestjs/common';
import { CarersModule } from '../carers/carers.module';
import { ParticipantsModule } from '../participants/participants.module';
import { CarerRemindersController } from './carer-reminders.controller';
import { ContactPreferencesService } from './contact-preferences.service';
import { CoordinatorContactsController } from './coordinator-contacts.controller';
import { ParticipantRemindersController } from './participant-reminders.controller';
import { RemindersService } from './reminders.service';

@Module({
  imports: [ParticipantsModule, CarersModule],
  controllers: [ParticipantRemindersController, CarerRemindersController, CoordinatorContactsController],
  providers: [RemindersService, ContactPreferencesService],
})
export class RemindersModule {}
