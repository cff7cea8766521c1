import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { CrisisEventsController } from './crisis-events.controller';
import { CrisisEventsService } from './crisis-events.service';
import { OutcomeMeasuresController } from './outcome-measures.controller';
import { OutcomeMeasuresService } from './outcome-measures.service';
import { QualityOfLifeController } from './quality-of-life.controller';
import { QualityOfLifeService } from './quality-of-life.service';

/** Outcomes: the site's measures, activation on a journey, quality of life, crises and unplanned admissions. */
@Module({
  imports: [ParticipantsModule],
  controllers: [OutcomeMeasuresController, CrisisEventsController, QualityOfLifeController],
  providers: [OutcomeMeasuresService, CrisisEventsService, QualityOfLifeService],
})
export class OutcomesModule {}
