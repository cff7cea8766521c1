import { Module } from '@nestjs/common';
import { CaseStepsService } from './case-steps.service';
import { CaseWorkflowClient } from './case-workflow.client';

/** The one case mechanism: journeys and carers are started, stepped and asked through it. */
@Module({
  providers: [CaseWorkflowClient, CaseStepsService],
  exports: [CaseWorkflowClient, CaseStepsService],
})
export class CasesModule {}
