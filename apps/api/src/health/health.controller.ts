import { Controller, Get, HttpStatus, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, type HealthCheckResult, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { REDIS_PRODUCER } from '@ipc/notifications';
import { DatabaseHealthRepository } from '@ipc/persistence';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { Public } from '../auth/auth.decorators';

/** Each dependency must answer within this, or readiness reports it down rather than hang. */
const CHECK_TIMEOUT_MS = 2000;

/**
 * Liveness (the process answers: restart it if not) apart from readiness (PostgreSQL, Redis and
 * Temporal answer: send it requests only then), through `@nestjs/terminus`. `/health` is readiness.
 */
@ApiTags('operations')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(DatabaseHealthRepository) private readonly database: DatabaseHealthRepository,
    @Inject(REDIS_PRODUCER) private readonly redis: Redis,
    @Inject(Client) private readonly temporal: Client,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: database, Redis and Temporal, each reported; 503 when any is down' })
  ready(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return this.answer(response, [
      () => this.probe('database', () => this.database.ping()),
      () => this.probe('redis', () => this.redis.ping()),
      () => this.probe('temporal', () => this.temporal.connection.workflowService.getSystemInfo({})),
    ]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness, as GET /health' })
  readiness(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return this.ready(response);
  }

  @Get('live')
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness: the process answers (no dependency is asked, so an outage restarts nothing)' })
  live(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return this.answer(response, []);
  }

  private probe(key: string, ping: () => Promise<unknown>) {
    return this.indicators
      .check(key)
      .attempt(async () => {
        await ping();
      })
      .withTimeout(CHECK_TIMEOUT_MS);
  }

  /** Terminus's report as the body, also when a check fails (its 503 would otherwise become a bare problem). */
  private async answer(
    response: Response,
    checks: Parameters<HealthCheckService['check']>[0],
  ): Promise<HealthCheckResult> {
    try {
      return await this.health.check(checks);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return error.getResponse() as HealthCheckResult;
    }
  }
}
