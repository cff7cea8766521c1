import { Controller, Get, Header, Headers, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import { Public } from '../auth/auth.decorators';
import { bearerMatches } from '../auth/bearer-token';
import { problems } from '../problem/problem.exception';
import { ApiMetrics } from './metrics';

/** For Prometheus, with its own bearer token (METRICS_TOKEN): the figures count each site's people. */
@ApiExcludeController()
@Controller('metrics')
@Public()
export class MetricsController {
  constructor(
    private readonly metrics: ApiMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (!bearerMatches(authorization, this.config.metricsToken)) throw problems.unauthenticated();
    return this.metrics.registry.metrics();
  }
}
