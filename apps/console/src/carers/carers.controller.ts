import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../api/api-client';
import type { ApiProblem } from '../api/api-error';
import type { Page } from '../api/page';
import type { ConsoleUser } from '../auth/console-user';
import { SignedIn } from '../auth/signed-in.decorator';
import type { FormBody } from '../forms/form-values';
import { takeFlash } from '../http/flash';
import type { PersonDetails } from '../steps/form-page';
import { newIdempotencyKey, prepareForm, refusalErrors, renderForm } from '../steps/form-submission';
import { stepActions } from '../steps/step-actions';
import { stepFormsController } from '../steps/steps.controller';
import { CARER_FORMS, type CarerRecord } from './carer-forms';
import { CARER_REGISTRATION } from './carer-registration';

/** A carer's step forms, through the same controller as a person's. */
export const CarerStepsController = stepFormsController<CarerRecord>({
  name: 'CarerStepsController',
  route: 'carers',
  apiRoute: 'carers',
  context: 'carer',
  forms: CARER_FORMS,
});

/** Carers: one recorded for a person, and a carer's own page. */
@Controller()
export class CarersController {
  constructor(private readonly api: ApiClient) {}

  @Get('people/:id/carers/new')
  async newCarer(@SignedIn() user: ConsoleUser, @Param('id', ParseUUIDPipe) id: string, @Res() response: Response) {
    const [person, extra] = await Promise.all([
      this.api.get<PersonDetails>(user, `/participants/${id}`),
      CARER_REGISTRATION.context?.(this.api, user),
    ]);
    renderForm(response, CARER_REGISTRATION, { person, ...extra, values: {} });
  }

  /** Registers the carer, then links them to the person; a resubmit replays both with the form's key. */
  @Post('people/:id/carers/new')
  async recordCarer(
    @SignedIn() user: ConsoleUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const [person, extra] = await Promise.all([
      this.api.get<PersonDetails>(user, `/participants/${id}`),
      CARER_REGISTRATION.context?.(this.api, user),
    ]);
    const prepared = prepareForm(CARER_REGISTRATION, body);
    if (prepared.kind !== 'ready') return renderForm(response, CARER_REGISTRATION, { person, ...extra, ...prepared });
    const refused = (problem: ApiProblem) =>
      renderForm(response, CARER_REGISTRATION, {
        person,
        ...extra,
        values: prepared.values,
        errors: refusalErrors(CARER_REGISTRATION, problem),
      });
    const registered = await this.api.send<{ id: string }>(
      user,
      'POST',
      '/carers',
      prepared.request,
      prepared.idempotencyKey,
    );
    if (!registered.ok) return refused(registered.problem);
    const carerId = registered.body.id;
    const linked = await this.api.send(
      user,
      'POST',
      `/carers/${carerId}/participants`,
      { participantId: id, relationship: prepared.request.relationship },
      `${prepared.idempotencyKey}-link`,
    );
    if (!linked.ok) return refused(linked.problem);
    request.session.flash = CARER_REGISTRATION.recorded;
    return response.redirect(303, `/carers/${carerId}`);
  }

  /** A carer: who they are, where their support stands, what can be done now, reminders and timeline. */
  @Get('carers/:id')
  async carer(
    @SignedIn() user: ConsoleUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const [carer, timeline, reminders] = await Promise.all([
      this.api.get<CarerRecord>(user, `/carers/${id}`),
      this.api.get<{ steps: unknown[] }>(user, `/carers/${id}/timeline`),
      this.api.find<Page<unknown>>(user, `/carers/${id}/reminders`),
    ]);
    return response.render('carer.njk', {
      title: carer.contact.name,
      carer,
      actions: stepActions(carer.allowedSteps, CARER_FORMS),
      timeline: [...timeline.steps].reverse(),
      reminders,
      resendKey: newIdempotencyKey(),
      flash: takeFlash(request),
    });
  }
}
