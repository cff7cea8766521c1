import { Module } from '@nestjs/common';
import { AuditController } from '../audit/audit.controller';
import { AuditService } from '../audit/audit.service';
import { BudgetsModule } from '../budgets/budgets.module';
import { CarersModule } from '../carers/carers.module';
import { ParticipantsModule } from '../participants/participants.module';
import { PeopleModule } from '../people/people.module';
import { ProgrammeModule } from '../programme/programme.module';
import { RemindersModule } from '../reminders/reminders.module';
import { SpendModule } from '../spend/spend.module';
import { SubjectAccessController } from './subject-access.controller';
import { SubjectAccessService } from './subject-access.service';

/** The IG lead's routes: the audit, a record's access log, and the subject access export. */
@Module({
  imports: [
    ParticipantsModule,
    PeopleModule,
    CarersModule,
    BudgetsModule,
    SpendModule,
    RemindersModule,
    ProgrammeModule,
  ],
  controllers: [AuditController, SubjectAccessController],
  providers: [AuditService, SubjectAccessService],
})
export class SubjectAccessModule {}
