import { Module } from '@nestjs/common';
import { CsvExportInterceptor } from '../programme/csv/csv-export';
import { DataReturnService } from './data-return.service';
import { ReturnsController } from './returns.controller';

/** The periodic data return for a quarter (JSON and CSV). */
@Module({
  controllers: [ReturnsController],
  providers: [DataReturnService, CsvExportInterceptor],
})
export class ReturnsModule {}
