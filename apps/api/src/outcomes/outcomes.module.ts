import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { CrisisEventsController } from './crisis-events.controller';
import { CrisisEventsService } from './crisis-events.service';
import { OutcomeMeasuresController } from './outcome-measures.controller';
import { OutcomeMeasuresService } from './outcome-measures.service';

/** Outcomes: the site's measures, activation on a journey, crises and unplanned admissions. */
@Module({
  imports: [ParticipantsModule],
  controllers: [OutcomeMeasuresController, CrisisEventsController],
  providers: [OutcomeMeasuresService, CrisisEventsService],
})
export class OutcomesModule {}
