import { Module } from '@nestjs/common';
import { ReminderQueueModule } from '@ipc/notifications';
import { ReminderDeliveryService } from './reminder-delivery.service';

/** Reminder delivery (the BullMQ worker) and the producer the reminder activities use. */
@Module({
  imports: [ReminderQueueModule],
  providers: [ReminderDeliveryService],
  exports: [ReminderQueueModule],
})
export class ReminderDeliveryModule {}
