import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ipc/config';

/**
 * Whether accesses are audited: always, except in the step benchmark's second API, which turns it
 * off in code to measure what auditing costs. There is no setting for it, and production refuses.
 */
@Injectable()
export class AuditRecording {
  private on = true;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.on;
  }

  /** For the benchmark's comparison only. */
  turnOffForBenchmark(): void {
    if (this.config.env === 'production') throw new Error('The audit cannot be turned off in production');
    this.on = false;
  }
}
