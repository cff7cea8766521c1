import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { StatementsController } from '../statements/statements.controller';
import { StatementsService } from '../statements/statements.service';
import { BudgetsController } from './budgets.controller';
import { BudgetsService } from './budgets.service';

@Module({
  imports: [ParticipantsModule],
  controllers: [BudgetsController, StatementsController],
  providers: [BudgetsService, StatementsService],
  exports: [StatementsService],
})
export class BudgetsModule {}
