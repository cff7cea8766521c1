import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { IdempotencyKeysRepository, type IdempotentRequest } from '@ipc/persistence';
import type { Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { problems } from '../problem/problem.exception';
import { idempotencyKeyOf, idempotencyKeyReused } from './idempotency-key';

/**
 * A holder renews its claim while it runs; one whose lease has run out without renewal has died
 * (its API process killed), and a retry of the same request may take the key over soon after.
 */
const CLAIM_LEASE_MS = 10_000;
const CLAIM_RENEWAL_MS = 3_000;
/** How long a repeat waits for the first request's answer before asking the client to retry. */
const WAIT_FOR_FIRST_MS = 45_000;
const FIRST_PAUSE_MS = 20;
const LONGEST_PAUSE_MS = 500;

/**
 * Runs a writing request once per Idempotency-Key at the staff member's site. The first request
 * claims the key with its operation and a hash of its canonical body and keeps its answer; the
 * same request again, at once or later, waits for that answer and gets it; another request under
 * the key is a 422. A refused request (4xx) records nothing, so its key is forgotten; one whose
 * outcome is unknown (5xx) leaves the key to a retry of the same request.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(IdempotencyKeysRepository) private readonly keys: IdempotencyKeysRepository) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const response = http.getResponse<Response>();
    const idempotent: IdempotentRequest = {
      siteId: request.staff.siteId,
      key: idempotencyKeyOf(request),
      operation: `${request.method} ${request.path}`,
      requestHash: createHash('sha256')
        .update(canonicalJson(request.body ?? null))
        .digest('hex'),
    };
    return from(this.answer(idempotent, response, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }

  private async answer(
    request: IdempotentRequest,
    response: Response,
    handle: () => Promise<unknown>,
  ): Promise<unknown> {
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
      const claim = await this.keys.claim(request, CLAIM_LEASE_MS);
      if (claim.state === 'claimed') return this.run(request, claim.token, response, handle);
      if (claim.operation !== request.operation || claim.requestHash !== request.requestHash) {
        throw idempotencyKeyReused(request.key, claim.operation);
      }
      if (claim.state === 'completed') {
        response.status(claim.answer.status);
        return claim.answer.body;
      }
      if (Date.now() + pause > deadline) {
        throw problems.unavailable(
          'The first request with this Idempotency-Key is still running; retry with the same key.',
        );
      }
      await sleep(pause);
    }
  }

  private async run(
    request: IdempotentRequest,
    token: string,
    response: Response,
    handle: () => Promise<unknown>,
  ): Promise<unknown> {
    let answer: unknown;
    // A renewal that fails (the database away) only lets the lease run out: the request's own writes decide.
    const renewal = setInterval(() => {
      this.keys.renew(request, token, CLAIM_LEASE_MS).catch(() => undefined);
    }, CLAIM_RENEWAL_MS);
    try {
      answer = await handle();
    } catch (error) {
      const refused = error instanceof HttpException && error.getStatus() < HttpStatus.INTERNAL_SERVER_ERROR;
      clearInterval(renewal);
      await this.keys.abandon(request, token, refused ? 'forget' : 'release');
      throw error;
    }
    clearInterval(renewal);
    // Stored as it will be sent, so a repeat answers byte for byte the same.
    const body: unknown = answer === undefined ? undefined : JSON.parse(JSON.stringify(answer));
    await this.keys.complete(request, token, { status: response.statusCode, body });
    return answer;
  }
}

/** JSON with every object's keys in order, so the same body hashes the same however it was written. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
