import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { type Page, PAGE_SIZE, pageNumber } from '../api/page';
import type { ConsoleUser } from '../auth/console-user';
import { SignedIn } from '../auth/signed-in.decorator';
import { formErrors } from '../forms/form-errors';
import { type FormBody, FormReader } from '../forms/form-values';
import { takeFlash } from '../http/flash';
import type { PersonDetails } from '../steps/form-page';
import { CASE_FORMS } from '../steps/case-forms';
import { CONTACT_FORMS } from '../steps/contact-forms';
import { newIdempotencyKey, prepareForm, refusalErrors, renderForm } from '../steps/form-submission';
import { spendAgainstPlan, type SpendList } from '../spend/spend-against-plan';
import { stepActions } from '../steps/step-actions';
import { STEP_FORMS } from '../steps/step-forms';
import { formatNhsNumber } from '../views/formats';
import { personName } from './person-name';
import { REFERRAL_FORM } from './referral-form';
import { pageBase, SEARCH_ANCHORS, SEARCH_LABELS, searchValues } from './search-query';

@Controller()
export class PeopleController {
  constructor(private readonly api: ApiClient) {}

  /**
   * Find a person: by NHS number or name (the API forgives typos), narrowed by date of birth and
   * postcode; with nothing asked, everyone at the site, newest referral first.
   */
  @Get('search')
  async search(@SignedIn() user: ConsoleUser, @Query() query: Record<string, unknown>, @Res() response: Response) {
    const values = searchValues(query);
    const context = { title: 'Find a person', section: 'search', values };
    const form = new FormReader(values);
    const criteria = {
      q: form.text('q'),
      dateOfBirth: form.date('dateOfBirth'),
      postcode: form.text('postcode'),
      page: pageNumber(query.page),
      pageSize: PAGE_SIZE,
    };
    if (form.errors.length)
      return response
        .status(400)
        .render('search.njk', { ...context, errors: formErrors(form.errors, SEARCH_LABELS, SEARCH_ANCHORS) });
    const asked = Boolean(criteria.q || criteria.dateOfBirth || criteria.postcode);
    try {
      const results = asked
        ? await this.api.get<Page<Record<string, unknown>>>(user, '/participants/search', criteria)
        : await this.api.get<Page<Record<string, unknown>>>(user, '/participants', {
            sort: '-referredOn',
            page: criteria.page,
            pageSize: PAGE_SIZE,
          });
      return response.render('search.njk', { ...context, asked, results, pageBase: pageBase(values) });
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 400 || !error.problem.errors) throw error;
      const errors = formErrors(error.problem.errors, SEARCH_LABELS, SEARCH_ANCHORS);
      return response.status(400).render('search.njk', { ...context, errors });
    }
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
    const [details, timeline, carers, reminders, statements, spend, contactPreferences] = await Promise.all([
      this.api.find<Record<string, unknown>>(user, `/participants/${id}/details`),
      this.api.get<{ steps: unknown[] }>(user, `/participants/${id}/timeline`),
      this.api.find<Page<unknown>>(user, `/participants/${id}/carers`),
      this.api.find<Page<unknown>>(user, `/participants/${id}/reminders`),
      this.api.find<Page<unknown>>(user, `/participants/${id}/statements`),
      // Spend is recorded against a budget, or as service use by someone who declined one.
      person.budget || person.budgetDeclined ? this.api.find<SpendList>(user, `/participants/${id}/spend`) : undefined,
      this.api.find<Record<string, unknown>>(user, `/participants/${id}/contact-preferences`),
    ]);
    return response.render('person.njk', {
      title: personName(details) ?? `NHS number ${formatNhsNumber(person.nhsNumber)}`,
      person,
      details,
      caseForms: person.stage === 'closed' ? [] : [...CASE_FORMS.values()],
      resendKey: newIdempotencyKey(),
      actions: stepActions(person.allowedSteps, STEP_FORMS),
      contactForms: [...CONTACT_FORMS.values()],
      contactPreferences,
      timeline: [...timeline.steps].reverse(),
      carers,
      reminders,
      statements,
      spendAgainstPlan: spend && spendAgainstPlan(person, spend),
      flash: takeFlash(request),
    });
  }

  /** A statement as the API renders it, HTML to read (`?format=html`) or PDF to open or save, passed through. */
  @Get('people/:id/statements/:statementId')
  async statement(
    @SignedIn() user: ConsoleUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('statementId', ParseUUIDPipe) statementId: string,
    @Query('format') format: unknown,
    @Res() response: Response,
  ) {
    const html = format === 'html';
    const file = await this.api.download(
      user,
      `/participants/${id}/statements/${statementId}`,
      html ? 'text/html' : 'application/pdf',
      { format: html ? 'html' : 'pdf' },
    );
    response.setHeader('Content-Type', file.contentType);
    if (file.disposition) response.setHeader('Content-Disposition', file.disposition);
    response.send(file.body);
  }
}
