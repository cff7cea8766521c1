import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { RecoveryModule } from '../recovery/recovery.module';
import { CorrectionsController } from './corrections.controller';
import { CorrectionsService } from './corrections.service';

/** Corrections of what journeys and carers recorded: amendments, steps entered in error, reopening. */
@Module({
  imports: [CasesModule, RecoveryModule],
  controllers: [CorrectionsController],
  providers: [CorrectionsService],
})
export class CorrectionsModule {}
