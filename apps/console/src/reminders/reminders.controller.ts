import { Body, Controller, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../api/api-client';
import type { ConsoleUser } from '../auth/console-user';
import { SignedIn } from '../auth/signed-in.decorator';
import type { FormBody } from '../forms/form-values';
import { idempotencyKeyOf } from '../steps/form-submission';

/** "Send again" on a person's or a carer's failed reminder, back at the page it was pressed on. */
@Controller()
export class RemindersController {
  constructor(private readonly api: ApiClient) {}

  @Post('people/:id/reminders/:reminderId/resend')
  resendPersonReminder(
    @SignedIn() user: ConsoleUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('reminderId', ParseUUIDPipe) reminderId: string,
    @Body() body: FormBody,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.resend(user, reminderId, body, request, response, `/people/${id}#reminders`);
  }

  @Post('carers/:id/reminders/:reminderId/resend')
  resendCarerReminder(
    @SignedIn() user: ConsoleUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('reminderId', ParseUUIDPipe) reminderId: string,
    @Body() body: FormBody,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.resend(user, reminderId, body, request, response, `/carers/${id}#reminders`);
  }

  /** Sends a failed reminder again (once its contact details are put right), with fresh attempts. */
  private async resend(
    user: ConsoleUser,
    reminderId: string,
    body: FormBody,
    request: Request,
    response: Response,
    backTo: string,
  ) {
    const result = await this.api.send(user, 'POST', `/reminders/${reminderId}/resend`, {}, idempotencyKeyOf(body));
    request.session.flash = result.ok
      ? 'The reminder is being sent again'
      : `The reminder was not sent again: ${result.problem.detail ?? result.problem.title ?? 'it was refused'}`;
    return response.redirect(303, backTo);
  }
}
