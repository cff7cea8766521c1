import { Module } from '@nestjs/common';
import { ReminderQueueModule } from '@ipc/notifications';
import { CarersModule } from '../carers/carers.module';
import { ParticipantsModule } from '../participants/participants.module';
import { CarerRemindersController, ParticipantRemindersController } from './case-reminders.controller';
import { ContactPreferencesService } from './contact-preferences.service';
import { CoordinatorContactsController } from './coordinator-contacts.controller';
import { NotifyReceiptsController } from './notify-receipts.controller';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

@Module({
  imports: [ParticipantsModule, CarersModule, ReminderQueueModule],
  controllers: [
    RemindersController,
    ParticipantRemindersController,
    CarerRemindersController,
    CoordinatorContactsController,
    NotifyReceiptsController,
  ],
  providers: [RemindersService, ContactPreferencesService],
  exports: [RemindersService, ContactPreferencesService],
})
export class RemindersModule {}
