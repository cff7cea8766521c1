import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { REDIS_PRODUCER } from '@ipc/notifications';
import { DatabaseHealthRepository } from '@ipc/persistence';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { Public } from '../auth/auth.decorators';

type ServiceStatus = { status: 'up'; latencyMs: number } | { status: 'down'; error: string };

const CHECK_TIMEOUT_MS = 2000;

async function check(probe: () => Promise<unknown>): Promise<ServiceStatus> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
    });
    await Promise.race([probe(), timeout]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

class ServiceHealthDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status!: string;

  @ApiProperty({ type: 'integer', minimum: 0, required: false, description: 'When up' })
  latencyMs?: number;

  @ApiProperty({ required: false, description: 'When down: why' })
  error?: string;
}

class ServicesHealthDto {
  @ApiProperty({ type: ServiceHealthDto })
  database!: ServiceHealthDto;

  @ApiProperty({ type: ServiceHealthDto })
  redis!: ServiceHealthDto;

  @ApiProperty({ type: ServiceHealthDto })
  temporal!: ServiceHealthDto;
}

class HealthDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status!: string;

  @ApiProperty({ type: ServicesHealthDto })
  services!: ServicesHealthDto;
}

@ApiTags('operations')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    @Inject(DatabaseHealthRepository) private readonly database: DatabaseHealthRepository,
    @Inject(REDIS_PRODUCER) private readonly redis: Redis,
    @Inject(Client) private readonly temporal: Client,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Database, Redis and Temporal, each reported; 503 when any is down' })
  @ApiOkResponse({ type: HealthDto, description: 'Every service is up' })
  @ApiResponse({ status: 503, type: HealthDto, description: 'At least one service is down' })
  async health(@Res({ passthrough: true }) response: Response) {
    const [database, redis, temporal] = await Promise.all([
      check(() => this.database.ping()),
      check(() => this.redis.ping()),
      check(() => this.temporal.connection.workflowService.getSystemInfo({})),
    ]);
    const services = { database, redis, temporal };
    const up = Object.values(services).every((service) => service.status === 'up');
    response.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: up ? 'up' : 'down', services };
  }
}
