import { Module } from '@nestjs/common';
import { CaseRecoveryService } from './case-recovery.service';
import { RecoveryController } from './recovery.controller';

@Module({
  controllers: [RecoveryController],
  providers: [CaseRecoveryService],
  exports: [CaseRecoveryService],
})
export class RecoveryModule {}
