import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../api/api-client';
import type { ConsoleUser } from '../auth/console-user';
import { SignedIn } from '../auth/signed-in.decorator';
import type { FormBody } from '../forms/form-values';
import type { PersonDetails, StepForm } from './form-page';
import { prepareForm, refusalErrors, renderForm } from './form-submission';
import { CASE_FORMS } from './case-forms';
import { CORRECTION_FORMS } from './correction-forms';
import { STEP_FORMS } from './step-forms';

const PERSON_FORMS: ReadonlyMap<string, StepForm> = new Map([...STEP_FORMS, ...CASE_FORMS, ...CORRECTION_FORMS]);

/** The form's API path with the fields it carries put in; undefined when one is not a number. */
function apiPathOf(form: StepForm, values: FormBody): string | undefined {
  let path = form.apiPath;
  for (const name of form.fromQuery ?? []) {
    const value = values[name];
    if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return undefined;
    path = path.replace(`:${name}`, value);
  }
  return path;
}

/** One controller for every step's form: the step's definition says what differs. */
@Controller('people/:id/steps')
export class StepsController {
  constructor(private readonly api: ApiClient) {}

  @Get(':step')
  async open(
    @SignedIn() user: ConsoleUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('step') step: string,
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ) {
    const form = this.formFor(step, response);
    if (!form) return;
    const carried = Object.fromEntries((form.fromQuery ?? []).map((name) => [name, query[name]]));
    const [person, extra] = await Promise.all([
      this.api.get<PersonDetails>(user, `/participants/${id}`),
      form.context?.(this.api, user),
    ]);
    renderForm(response, form, { person, ...extra, values: carried });
  }

  @Post(':step')
  async submit(
    @SignedIn() user: ConsoleUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('step') step: string,
    @Body() body: FormBody,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const form = this.formFor(step, response);
    if (!form) return;
    const [person, extra] = await Promise.all([
      this.api.get<PersonDetails>(user, `/participants/${id}`),
      form.context?.(this.api, user),
    ]);
    const prepared = prepareForm(form, body, person);
    if (prepared.kind === 'rows-changed')
      return renderForm(response, form, { person, ...extra, values: prepared.values, status: 200 });
    if (prepared.kind === 'invalid')
      return renderForm(response, form, { person, ...extra, values: prepared.values, errors: prepared.errors });
    const apiPath = apiPathOf(form, prepared.values);
    if (!apiPath) return response.status(404).render('not-found.njk', { title: 'Page not found' });
    const result = await this.api.send(
      user,
      'POST',
      `/participants/${id}/${apiPath}`,
      prepared.request,
      prepared.idempotencyKey,
    );
    if (!result.ok)
      return renderForm(response, form, {
        person,
        ...extra,
        values: prepared.values,
        errors: refusalErrors(form, result.problem),
      });
    request.session.flash = form.recorded ?? `${form.title} recorded`;
    return response.redirect(303, `/people/${id}`);
  }

  private formFor(step: string, response: Response): StepForm | undefined {
    const form = PERSON_FORMS.get(step);
    if (!form) response.status(404).render('not-found.njk', { title: 'Page not found' });
    return form;
  }
}
