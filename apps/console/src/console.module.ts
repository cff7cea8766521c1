import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { ConsoleConfig } from '@ipc/config';
import { AdminController } from './admin/admin.controller';
import { ApiClient } from './api/api-client';
import { OidcSignIn } from './auth/oidc-sign-in';
import { SignInController } from './auth/sign-in.controller';
import { CarersController, CarerStepsController } from './carers/carers.controller';
import { CaseloadController } from './caseload/caseload.controller';
import { CONSOLE_CONFIG } from './console-config.provider';
import { ConsoleExceptionFilter } from './http/console-exception.filter';
import { PeopleController } from './people/people.controller';
import { ProgrammeController } from './programme/programme.controller';
import { RemindersController } from './reminders/reminders.controller';
import { SpendController } from './spend/spend.controller';
import { StepsController } from './steps/steps.controller';

const SESSION_STORE = Symbol('SESSION_STORE');

/** The care-team console: pages over the public API, no database of its own. */
@Module({})
export class ConsoleModule {
  /** `sessions` is the session store's Redis connection, closed when the application is. */
  static forConfig(config: ConsoleConfig, sessions: { close(): Promise<void> }): DynamicModule {
    return {
      module: ConsoleModule,
      controllers: [
        SignInController,
        CaseloadController,
        PeopleController,
        StepsController,
        SpendController,
        CarersController,
        CarerStepsController,
        RemindersController,
        ProgrammeController,
        AdminController,
      ],
      providers: [
        { provide: CONSOLE_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ConsoleExceptionFilter },
        ApiClient,
        { provide: OidcSignIn, useValue: new OidcSignIn(config.oidc, config.baseUrl) },
        // Closed by Nest's shutdown hooks: app.close() cannot be wrapped, Nest hands out a proxy of the app.
        { provide: SESSION_STORE, useValue: { onModuleDestroy: () => sessions.close() } },
      ],
    };
  }
}
