import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../api/api-client';
import type { ConsoleUser } from '../auth/console-user';
import { SignedIn } from '../auth/signed-in.decorator';
import type { FormBody } from '../forms/form-values';
import type { CaseRecord, PersonDetails, StepForm } from './form-page';
import { prepareForm, refusalErrors, renderForm } from './form-submission';
import { CASE_FORMS } from './case-forms';
import { CONTACT_FORMS } from './contact-forms';
import { CORRECTION_FORMS } from './correction-forms';
import { STEP_FORMS } from './step-forms';

/** What tells one kind of case's forms from another's: where its pages and records are, and its forms. */
export interface CaseKind<Case extends CaseRecord> {
  /** The controller's name. */
  name: string;
  /** The console's pages of the case: `/<route>/:id`. */
  route: 'people' | 'carers';
  /** The API's record of the case: `/<apiRoute>/:id`. */
  apiRoute: 'participants' | 'carers';
  /** What the templates call the case's record. */
  context: 'person' | 'carer';
  forms: ReadonlyMap<string, StepForm<Case>>;
}

/** The form's API path with the fields it carries put in; undefined when one is not a number. */
function apiPathOf<Case extends CaseRecord>(form: StepForm<Case>, values: FormBody): string | undefined {
  let path = form.apiPath;
  for (const name of form.fromQuery ?? []) {
    const value = values[name];
    if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return undefined;
    path = path.replace(`:${name}`, value);
  }
  return path;
}

/** One controller for every step's form of a kind of case: the step's definition says what differs. */
export function stepFormsController<Case extends CaseRecord>(kind: CaseKind<Case>) {
  @Controller(`${kind.route}/:id/steps`)
  class StepFormsController {
    constructor(readonly api: ApiClient) {}

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
      const [record, extra, prefilled] = await Promise.all([
        this.api.get<Case>(user, `/${kind.apiRoute}/${id}`),
        form.context?.(this.api, user),
        form.prefill?.(this.api, user, id),
      ]);
      renderForm(response, form, { [kind.context]: record, ...extra, values: { ...prefilled, ...carried } });
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
      const [record, extra] = await Promise.all([
        this.api.get<Case>(user, `/${kind.apiRoute}/${id}`),
        form.context?.(this.api, user),
      ]);
      const shown = { [kind.context]: record, ...extra };
      const prepared = prepareForm(form, body, record);
      if (prepared.kind === 'rows-changed')
        return renderForm(response, form, { ...shown, values: prepared.values, status: 200 });
      if (prepared.kind === 'invalid')
        return renderForm(response, form, { ...shown, values: prepared.values, errors: prepared.errors });
      const apiPath = apiPathOf(form, prepared.values);
      if (!apiPath) return response.status(404).render('not-found.njk', { title: 'Page not found' });
      const result = await this.api.send(
        user,
        form.method ?? 'POST',
        `/${kind.apiRoute}/${id}/${apiPath}`,
        prepared.request,
        prepared.idempotencyKey,
      );
      if (!result.ok)
        return renderForm(response, form, {
          ...shown,
          values: prepared.values,
          errors: refusalErrors(form, result.problem),
        });
      request.session.flash = form.recorded ?? `${form.title} recorded`;
      return response.redirect(303, `/${kind.route}/${id}`);
    }

    formFor(step: string, response: Response): StepForm<Case> | undefined {
      const form = kind.forms.get(step);
      if (!form) response.status(404).render('not-found.njk', { title: 'Page not found' });
      return form;
    }
  }
  Object.defineProperty(StepFormsController, 'name', { value: kind.name });
  return StepFormsController;
}

/** A person's step forms, the changes to who holds their case, corrections, and their contact preferences. */
export const StepsController = stepFormsController<PersonDetails>({
  name: 'StepsController',
  route: 'people',
  apiRoute: 'participants',
  context: 'person',
  forms: new Map([...STEP_FORMS, ...CASE_FORMS, ...CORRECTION_FORMS, ...CONTACT_FORMS]),
});
