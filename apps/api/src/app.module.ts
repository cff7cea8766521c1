import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ConfigModule, loggingModule } from '@ipc/config';
import { RedisModule } from '@ipc/notifications';
import { PersistenceModule } from '@ipc/persistence';
import { TemporalClientModule } from '@ipc/temporal';
import { AuditModule } from './audit/audit.module';
import { AccessModule } from './access/access.module';
import { AuthModule } from './auth/auth.module';
import { StaffAuthGuard } from './auth/staff-auth.guard';
import { BudgetsModule } from './budgets/budgets.module';
import { CarersModule } from './carers/carers.module';
import { CaseloadModule } from './caseload/caseload.module';
import { CorrectionsModule } from './corrections/corrections.module';
import { EvaluationModule } from './evaluation/evaluation.module';
import { HealthController } from './health/health.controller';
import { MediaTypeGuard } from './http/media-types';
import { RequestInputGuard } from './http/request-input.guard';
import { MetricsModule } from './metrics/metrics.module';
import { ConsentModule } from './consent/consent.module';
import { OutcomesModule } from './outcomes/outcomes.module';
import { ParticipantsModule } from './participants/participants.module';
import { PeopleModule } from './people/people.module';
import { ProblemDetailsFilter } from './problem/problem-details.filter';
import { ProgrammeModule } from './programme/programme.module';
import { RecoveryModule } from './recovery/recovery.module';
import { CodecModule } from './codec/codec.module';
import { RateLimitsModule } from './rate-limits/rate-limits.module';
import { RateLimitGuard, StaffRateLimitGuard } from './rate-limits/rate-limit.guard';
import { ReviewsModule } from './reviews/reviews.module';
import { RemindersModule } from './reminders/reminders.module';
import { ReturnsModule } from './returns/returns.module';
import { SpendModule } from './spend/spend.module';
import { SubjectAccessModule } from './subject-access/subject-access.module';

@Module({
  imports: [
    ConfigModule,
    loggingModule(),
    TerminusModule,
    PersistenceModule,
    RedisModule,
    TemporalClientModule,
    AuthModule,
    MetricsModule,
    RateLimitsModule,
    AuditModule,
    ParticipantsModule,
    OutcomesModule,
    ConsentModule,
    BudgetsModule,
    SpendModule,
    RemindersModule,
    ReviewsModule,
    ProgrammeModule,
    ReturnsModule,
    EvaluationModule,
    CarersModule,
    CaseloadModule,
    PeopleModule,
    RecoveryModule,
    CodecModule,
    CorrectionsModule,
    SubjectAccessModule,
    AccessModule,
  ],
  controllers: [HealthController],
  providers: [
    // In this order: the address's rate, who is asking and their rate, then whether the body is a
    // type the route takes, then its contents.
    { provide: APP_GUARD, useExisting: RateLimitGuard },
    { provide: APP_GUARD, useClass: StaffAuthGuard },
    { provide: APP_GUARD, useExisting: StaffRateLimitGuard },
    { provide: APP_GUARD, useClass: MediaTypeGuard },
    { provide: APP_GUARD, useClass: RequestInputGuard },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
export class AppModule {}
