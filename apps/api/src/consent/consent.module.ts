import { Module } from '@nestjs/common';
import { CarersModule } from '../carers/carers.module';
import { ParticipantsModule } from '../participants/participants.module';
import { ConsentController } from './consent.controller';
import { ConsentService } from './consent.service';

/** Consent per scope for people and carers. */
@Module({
  imports: [ParticipantsModule, CarersModule],
  controllers: [ConsentController],
  providers: [ConsentService],
})
export class ConsentModule {}
