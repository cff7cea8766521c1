import { Body, Controller, HttpCode, Inject, Logger, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import { RemindersRepository } from '@ipc/persistence';
import type { Request } from 'express';
import { Public } from '../auth/auth.decorators';
import { bearerMatches } from '../auth/bearer-token';
import { ApiProblems } from '../problem/api-problems';
import { type FieldError, problems } from '../problem/problem.exception';
import { isUuid } from '../common/uuid';

const STATUS = /^[a-z][a-z-]{1,31}$/;
/** Notify's final failures: the message will not arrive, so the care team must put it right. */
const FAILURES = new Set(['permanent-failure', 'temporary-failure', 'technical-failure', 'validation-failed']);

interface DeliveryReceipt {
  notificationId: string;
  reference: string | null;
  status: string;
  at: Date;
}

/**
 * A Notify delivery receipt, checked by hand rather than by a DTO: Notify may add fields, and a
 * receipt refused for an unknown field would only be retried. Only what is used is read; the
 * recipient (`to`) is personal data and is neither kept nor logged.
 */
function parseReceipt(body: Record<string, unknown>): DeliveryReceipt | FieldError[] {
  const errors: FieldError[] = [];
  const { id, reference, status } = body;
  const when = body.completed_at ?? body.sent_at ?? body.created_at;
  if (typeof id !== 'string' || !isUuid(id)) errors.push({ field: 'id', reason: 'must be a notification id' });
  if (reference !== null && reference !== undefined && typeof reference !== 'string') {
    errors.push({ field: 'reference', reason: 'must be a string or null' });
  }
  if (typeof status !== 'string' || !STATUS.test(status)) errors.push({ field: 'status', reason: 'must be a status' });
  const at = typeof when === 'string' ? new Date(when) : undefined;
  if (!at || Number.isNaN(at.getTime())) {
    errors.push({ field: 'completed_at', reason: 'a receipt needs completed_at, sent_at or created_at' });
  }
  if (errors.length) return errors;
  return {
    notificationId: id as string,
    reference: (reference as string | null) ?? null,
    status: status as string,
    at: at as Date,
  };
}

/** The security scheme of Notify's callback in the OpenAPI document. */
export const NOTIFY_CALLBACK_AUTH = 'notify-callback';

@ApiTags('reminders')
@ApiBearerAuth(NOTIFY_CALLBACK_AUTH)
@Public()
@Controller('notify')
export class NotifyReceiptsController {
  private readonly logger = new Logger(NotifyReceiptsController.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly records: RemindersRepository,
  ) {}

  @Post('delivery-receipts')
  @HttpCode(204)
  @ApiOperation({
    summary:
      "GOV.UK Notify's delivery receipt callback (bearer token NOTIFY_CALLBACK_TOKEN); a failure marks the reminder failed",
  })
  @ApiBody({
    schema: {
      type: 'object',
      additionalProperties: true,
      example: { id: '…', reference: '…', status: 'permanent-failure' },
    },
  })
  @ApiNoContentResponse({ description: 'Recorded, or not a reminder of ours' })
  @ApiProblems(400, 401, 404, 415, 500)
  // The token is read from the request: the OpenAPI document declares it as the callback's security scheme.
  async receive(@Req() request: Request, @Body() body: Record<string, unknown>) {
    const authorization = request.headers.authorization;
    const token = this.config.reminders.notify.callbackToken;
    if (!token) throw problems.notFound('Delivery receipts');
    if (!bearerMatches(authorization, token)) throw problems.unauthenticated();
    const receipt = parseReceipt(body ?? {});
    if (Array.isArray(receipt)) throw problems.validation(receipt);
    // Reminders go to Notify with their own id as the reference; anything else is not ours.
    if (!receipt.reference || !isUuid(receipt.reference)) return;
    const recorded = await this.records.recordDeliveryReceipt({
      reminderId: receipt.reference,
      providerReference: receipt.notificationId,
      status: receipt.status,
      at: receipt.at,
      failed: FAILURES.has(receipt.status),
    });
    this.logger.log(`delivery receipt reminder=${receipt.reference} status=${receipt.status} recorded=${recorded}`);
  }
}
