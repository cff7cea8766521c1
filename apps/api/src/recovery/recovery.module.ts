import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { CaseRecoveryService } from './case-recovery.service';
import { RecoveryController } from './recovery.controller';

@Module({
  imports: [CasesModule],
  controllers: [RecoveryController],
  providers: [CaseRecoveryService],
  exports: [CaseRecoveryService],
})
export class RecoveryModule {}
