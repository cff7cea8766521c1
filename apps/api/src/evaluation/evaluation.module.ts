import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { CsvExportInterceptor } from '../programme/csv/csv-export';
import { EvaluationExtractController } from './evaluation-extract.controller';
import { EvaluationExtractService } from './evaluation-extract.service';
import { StudyArmController } from './study-arm.controller';
import { StudyArmService } from './study-arm.service';

/** The programme's evaluation: the pseudonymised extract of consenting people and each one's study arm. */
@Module({
  imports: [ParticipantsModule],
  controllers: [EvaluationExtractController, StudyArmController],
  providers: [EvaluationExtractService, StudyArmService, CsvExportInterceptor],
})
export class EvaluationModule {}
