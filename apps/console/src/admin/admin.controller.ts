import { Body, Controller, ForbiddenException, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { ConsoleUser } from '../auth/console-user';
import { SignedIn } from '../auth/signed-in.decorator';
import type { FormErrors } from '../forms/form-errors';
import type { FormBody } from '../forms/form-values';
import { takeFlash } from '../http/flash';
import { prepareForm, refusalErrors, renderForm } from '../steps/form-submission';
import { humanise } from '../views/formats';
import { settingItems, settingValues } from './settings-form';
import { SETTINGS_PAGES, type SettingsPage } from './settings-pages';

/** Only administrators set the site's rules; the API refuses anyone else, and the console says so first. */
function administrator(user: ConsoleUser): ConsoleUser {
  if (user.role !== 'administrator') throw new ForbiddenException();
  return user;
}

function settingsPageOf(slug: string): SettingsPage {
  const page = SETTINGS_PAGES.get(slug);
  if (!page) throw new NotFoundException();
  return page;
}

/** The administrator's pages: each site setting viewed and replaced through the API's GET and PUT. */
@Controller('admin')
export class AdminController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  index(@SignedIn() user: ConsoleUser, @Req() request: Request, @Res() response: Response) {
    administrator(user);
    response.render('admin-settings.njk', {
      title: 'Site settings',
      section: 'admin',
      pages: [...SETTINGS_PAGES.values()],
      flash: takeFlash(request),
    });
  }

  @Get(':setting')
  async open(
    @SignedIn() user: ConsoleUser,
    @Param('setting') slug: string,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const page = settingsPageOf(slug);
    const stored = await this.stored(administrator(user), page);
    this.show(response, page, { values: settingValues(page.fields, stored), stored, flash: takeFlash(request) });
  }

  @Post(':setting')
  async save(
    @SignedIn() user: ConsoleUser,
    @Param('setting') slug: string,
    @Body() body: FormBody,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const page = settingsPageOf(slug);
    administrator(user);
    const prepared = prepareForm(page, body);
    if (prepared.kind === 'rows-changed') return this.show(response, page, { values: prepared.values, status: 200 });
    if (prepared.kind === 'invalid') return this.show(response, page, prepared);
    const result = await this.api.send(user, 'PUT', page.apiPath, prepared.request, prepared.idempotencyKey);
    if (!result.ok)
      return this.show(response, page, { values: prepared.values, errors: refusalErrors(page, result.problem) });
    request.session.flash = page.recorded;
    return response.redirect(303, `/admin/${page.slug}`);
  }

  /** What the API holds; nothing yet (a resource allocation never set is a 409) shows an empty form. */
  private async stored(user: ConsoleUser, page: SettingsPage): Promise<Record<string, unknown> | undefined> {
    try {
      return await this.api.get<Record<string, unknown>>(user, page.apiPath);
    } catch (error) {
      if (error instanceof ApiError && [404, 409].includes(error.status)) return undefined;
      throw error;
    }
  }

  private show(
    response: Response,
    page: SettingsPage,
    context: { values: FormBody; errors?: FormErrors; status?: number; [name: string]: unknown },
  ): void {
    renderForm(response, page, {
      ...context,
      page,
      section: 'admin',
      items: settingItems(page.fields, context.values, context.errors, humanise),
    });
  }
}
