import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { text } from 'express';
import { ParticipantsModule } from '../participants/participants.module';
import { SpendController } from './spend.controller';
import { SpendService } from './spend.service';

/** Plenty for a year of one person's records (MAX_SPEND_CSV_ROWS); a bigger body is refused with 413. */
const CSV_BODY_LIMIT = '5mb';

@Module({
  imports: [ParticipantsModule],
  controllers: [SpendController],
  providers: [SpendService],
  exports: [SpendService],
})
export class SpendModule implements NestModule {
  /** Nest parses JSON bodies itself; CSV uploads arrive as text on this controller's routes only. */
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(text({ type: 'text/csv', limit: CSV_BODY_LIMIT, defaultCharset: 'utf-8' }))
      .forRoutes(SpendController);
  }
}
