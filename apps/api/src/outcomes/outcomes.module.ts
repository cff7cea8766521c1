import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { OutcomeMeasuresController } from './outcome-measures.controller';
import { OutcomeMeasuresService } from './outcome-measures.service';

/** Outcomes: the site's measures and the steps that record activation on a journey. */
@Module({
  imports: [ParticipantsModule],
  controllers: [OutcomeMeasuresController],
  providers: [OutcomeMeasuresService],
})
export class OutcomesModule {}
