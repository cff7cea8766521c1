import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ConfigModule } from '@ipc/config';
import { RedisModule } from '@ipc/notifications';
import { PersistenceModule } from '@ipc/persistence';
import { TemporalClientModule } from '@ipc/temporal';
import { AccessModule } from './access/access.module';
import { AuthModule } from './auth/auth.module';
import { StaffAuthGuard } from './auth/staff-auth.guard';
import { BudgetsModule } from './budgets/budgets.module';
import { CarersModule } from './carers/carers.module';
import { CorrectionsModule } from './corrections/corrections.module';
import { HealthController } from './health/health.controller';
import { MediaTypeGuard } from './http/media-types';
import { RequestInputGuard } from './http/request-input.guard';
import { MetricsModule } from './metrics/metrics.module';
import { ParticipantsModule } from './participants/participants.module';
import { PeopleModule } from './people/people.module';
import { ProblemDetailsFilter } from './problem/problem-details.filter';
import { ProgrammeModule } from './programme/programme.module';
import { RecoveryModule } from './recovery/recovery.module';
import { ReviewsModule } from './reviews/reviews.module';
import { RemindersModule } from './reminders/reminders.module';
import { SpendModule } from './spend/spend.module';

@Module({
  imports: [
    ConfigModule,
    PersistenceModule,
    RedisModule,
    TemporalClientModule,
    AuthModule,
    MetricsModule,
    ParticipantsModule,
    BudgetsModule,
    SpendModule,
    RemindersModule,
    ReviewsModule,
    ProgrammeModule,
    CarersModule,
    PeopleModule,
    RecoveryModule,
    CorrectionsModule,
    AccessModule,
  ],
  controllers: [HealthController],
  providers: [
    // In this order: who is asking, then whether the body is a type the route takes, then its contents.
    { provide: APP_GUARD, useClass: StaffAuthGuard },
    { provide: APP_GUARD, useClass: MediaTypeGuard },
    { provide: APP_GUARD, useClass: RequestInputGuard },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
export class AppModule {}
