import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditInterceptor } from './audit.interceptor';
import { AuditRecording } from './audit-recording';
import { AuditTrail } from './audit-trail';

/** Audits every access to a person's or carer's record: answers through the one interceptor, refusals through the problem filter. */
@Global()
@Module({
  providers: [AuditRecording, AuditTrail, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
  exports: [AuditRecording, AuditTrail],
})
export class AuditModule {}
