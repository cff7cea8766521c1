import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../api/api-client';
import type { ConsoleUser } from '../auth/console-user';
import { SignedIn } from '../auth/signed-in.decorator';
import type { FormErrors } from '../forms/form-errors';
import type { FormBody } from '../forms/form-values';
import { MAX_UPLOAD_BYTES, UPLOAD_REFUSAL } from '../http/file-upload';
import { takeFlash } from '../http/flash';
import type { PersonDetails } from '../steps/form-page';
import { idempotencyKeyOf, newIdempotencyKey, prepareForm, refusalErrors, renderForm } from '../steps/form-submission';
import { spendAgainstPlan, type SpendList } from './spend-against-plan';
import { SPEND_RECORD_FORM, uploadError, uploadRefusalErrors } from './spend-forms';

/**
 * A person's spend and service use against their budget: what each plan item has cost so far, one
 * record at a time, or many as a CSV file (sent on to the API as text/csv, every bad row listed).
 */
@Controller('people/:id/spend')
export class SpendController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async open(
    @SignedIn() user: ConsoleUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    renderForm(response, SPEND_RECORD_FORM, {
      ...(await this.pageContext(user, id)),
      values: {},
      flash: takeFlash(request),
    });
  }

  @Post()
  async record(
    @SignedIn() user: ConsoleUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const prepared = prepareForm(SPEND_RECORD_FORM, body);
    if (prepared.kind !== 'ready')
      return renderForm(response, SPEND_RECORD_FORM, { ...(await this.pageContext(user, id)), ...prepared });
    const result = await this.api.send(
      user,
      'POST',
      `/participants/${id}/spend`,
      prepared.request,
      prepared.idempotencyKey,
    );
    if (!result.ok) {
      return renderForm(response, SPEND_RECORD_FORM, {
        ...(await this.pageContext(user, id)),
        values: prepared.values,
        errors: refusalErrors(SPEND_RECORD_FORM, result.problem),
      });
    }
    request.session.flash = SPEND_RECORD_FORM.recorded;
    return response.redirect(303, `/people/${id}/spend`);
  }

  /** The file comes parsed by the fileUpload middleware (before CSRF, which reads the form's token). */
  @Post('upload')
  async upload(
    @SignedIn() user: ConsoleUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const uploadKey = idempotencyKeyOf(body);
    const refuse = async (errors: FormErrors) =>
      renderForm(response, SPEND_RECORD_FORM, { ...(await this.pageContext(user, id, uploadKey)), values: {}, errors });
    if (response.locals[UPLOAD_REFUSAL])
      return refuse(uploadError(`The file must be smaller than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`));
    if (!request.file?.size) return refuse(uploadError('Choose a CSV file of spend records'));
    const csv = request.file.buffer.toString('utf8');
    const result = await this.api.send<{ imported: number }>(
      user,
      'POST',
      `/participants/${id}/spend`,
      csv,
      uploadKey,
      'text/csv',
    );
    if (!result.ok) return refuse(uploadRefusalErrors(result.problem));
    const count = result.body.imported;
    request.session.flash = `${count} ${count === 1 ? 'record' : 'records'} from the file recorded`;
    return response.redirect(303, `/people/${id}/spend`);
  }

  /** The person, their plan's items with what each has cost so far, and the key the upload form is sent with. */
  private async pageContext(user: ConsoleUser, id: string, uploadKey = newIdempotencyKey()) {
    const [person, spend] = await Promise.all([
      this.api.get<PersonDetails>(user, `/participants/${id}`),
      this.api.get<SpendList>(user, `/participants/${id}/spend`),
    ]);
    return { person, spend, spendAgainstPlan: spendAgainstPlan(person, spend), uploadKey };
  }
}
