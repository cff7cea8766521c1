import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { ConsoleConfig } from '@ipc/config';
import { ApiClient } from './api/api-client';
import { OidcSignIn } from './auth/oidc-sign-in';
import { SignInController } from './auth/sign-in.controller';
import { CaseloadController } from './caseload/caseload.controller';
import { CONSOLE_CONFIG } from './console-config.provider';
import { ConsoleExceptionFilter } from './http/console-exception.filter';
import { PeopleController } from './people/people.controller';
import { ProgrammeController } from './programme/programme.controller';
import { StepsController } from './steps/steps.controller';

/** The care-team console: pages over the public API, no database of its own. */
@Module({})
export class ConsoleModule {
  static forConfig(config: ConsoleConfig): DynamicModule {
    return {
      module: ConsoleModule,
      controllers: [SignInController, CaseloadController, PeopleController, StepsController, ProgrammeController],
      providers: [
        { provide: CONSOLE_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ConsoleExceptionFilter },
        ApiClient,
        { provide: OidcSignIn, useValue: new OidcSignIn(config.oidc, config.baseUrl) },
      ],
    };
  }
}
