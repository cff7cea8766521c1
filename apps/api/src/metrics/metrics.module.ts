import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { HttpMetricsInterceptor } from './http-metrics.interceptor';
import { MetricsController } from './metrics.controller';
import { ApiMetrics } from './metrics';

@Global()
@Module({
  controllers: [MetricsController],
  providers: [ApiMetrics, { provide: APP_INTERCEPTOR, useClass: HttpMetricsInterceptor }],
  exports: [ApiMetrics],
})
export class MetricsModule {}
