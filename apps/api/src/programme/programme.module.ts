import { Module } from '@nestjs/common';
import { DemographicsController } from './demographics/demographics.controller';
import { DemographicsService } from './demographics/demographics.service';
import { CsvExportInterceptor } from './csv/csv-export';
import { ProgrammeController } from './programme.controller';
import { ProgrammeFiguresService } from './programme-figures.service';
import { ProgrammeOutcomesService } from './outcomes/programme-outcomes.service';
import { ProgrammeMetrics } from './programme.metrics';
import { SiteSettingsController } from './site-settings.controller';
import { SiteSettingsService } from './site-settings.service';

/** Programme monitoring: throughput, the projection per 1,000, equality of take-up, outcomes, and their inputs. */
@Module({
  controllers: [ProgrammeController, SiteSettingsController, DemographicsController],
  providers: [
    ProgrammeFiguresService,
    ProgrammeOutcomesService,
    SiteSettingsService,
    DemographicsService,
    ProgrammeMetrics,
    CsvExportInterceptor,
  ],
  exports: [DemographicsService],
})
export class ProgrammeModule {}
