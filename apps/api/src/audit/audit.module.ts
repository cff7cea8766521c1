import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditInterceptor } from './audit.interceptor';
import { AuditRecording } from './audit-recording';

/** Audits every access to a person's or carer's record through the one interceptor. */
@Global()
@Module({
  providers: [AuditRecording, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
  exports: [AuditRecording],
})
export class AuditModule {}
