import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../api/api-client';
import { type ConsoleUser, isCareTeam } from '../auth/console-user';
import { SignedIn } from '../auth/signed-in.decorator';
import type { FormBody } from '../forms/form-values';
import type { PersonDetails } from '../steps/form-page';
import { prepareForm, refusalErrors, renderForm } from '../steps/form-submission';
import { STEP_FORMS } from '../steps/step-forms';
import { REFERRAL_FORM } from './referral-form';

interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** The list pages show 25 people a page; `page` comes from the query, 1 when absent or odd. */
function pageNumber(value: unknown): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

@Controller()
export class PeopleController {
  constructor(private readonly api: ApiClient) {}

  /** Home: a care team's people (a programme lead's home is the dashboard). */
  @Get()
  async home(@SignedIn() user: ConsoleUser, @Query('page') page: unknown, @Res() response: Response) {
    if (!isCareTeam(user)) return response.redirect('/programme');
    const people = await this.api.get<Page<Record<string, unknown>>>(user, '/participants', {
      sort: '-referredOn',
      page: pageNumber(page),
      pageSize: 25,
    });
    return response.render('home.njk', { title: 'Your site’s people', section: 'home', people });
  }

  @Get('referrals/new')
  newReferral(@SignedIn() _user: ConsoleUser, @Res() response: Response) {
    renderForm(response, REFERRAL_FORM, { values: {}, section: 'referral' });
  }

  @Post('referrals/new')
  async refer(
    @SignedIn() user: ConsoleUser,
    @Body() body: FormBody,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const prepared = prepareForm(REFERRAL_FORM, body);
    if (prepared.kind !== 'ready') return renderForm(response, REFERRAL_FORM, { ...prepared, section: 'referral' });
    const result = await this.api.send<{ id: string }>(
      user,
      'POST',
      '/participants',
      prepared.request,
      prepared.idempotencyKey,
    );
    if (!result.ok) {
      return renderForm(response, REFERRAL_FORM, {
        values: prepared.values,
        errors: refusalErrors(REFERRAL_FORM, result.problem),
        section: 'referral',
      });
    }
    request.session.flash = 'Referral recorded: the journey has started';
    return response.redirect(303, `/people/${result.body.id}`);
  }

  /** A person: everything the API holds about their journey, each part in its own section. */
  @Get('people/:id')
  async person(
    @SignedIn() user: ConsoleUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const person = await this.api.get<PersonDetails>(user, `/participants/${id}`);
    const [timeline, carers, reminders, statements, spend] = await Promise.all([
      this.api.get<{ steps: unknown[] }>(user, `/participants/${id}/timeline`),
      this.api.find<Page<unknown>>(user, `/participants/${id}/carers`),
      this.api.find<Page<unknown>>(user, `/participants/${id}/reminders`),
      this.api.find<Page<unknown>>(user, `/participants/${id}/statements`),
      person.budget ? this.api.find<Record<string, unknown>>(user, `/participants/${id}/spend`) : undefined,
    ]);
    const actions = person.allowedSteps
      .filter((step) => STEP_FORMS.has(step))
      .map((step) => ({ step, title: STEP_FORMS.get(step)?.title ?? step }));
    const flash = request.session.flash;
    delete request.session.flash;
    return response.render('person.njk', {
      title: `Person ${person.nhsNumber as string}`,
      person,
      actions,
      timeline: [...timeline.steps].reverse(),
      carers,
      reminders,
      statements,
      spend,
      flash,
    });
  }

  /** A statement as the API renders it (PDF or HTML), passed through for the browser to open or save. */
  @Get('people/:id/statements/:statementId')
  async statement(
    @SignedIn() user: ConsoleUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('statementId', ParseUUIDPipe) statementId: string,
    @Res() response: Response,
  ) {
    const file = await this.api.download(user, `/participants/${id}/statements/${statementId}`, 'application/pdf', {
      format: 'pdf',
    });
    response.setHeader('Content-Type', file.contentType);
    if (file.disposition) response.setHeader('Content-Disposition', file.disposition);
    response.send(file.body);
  }
}
