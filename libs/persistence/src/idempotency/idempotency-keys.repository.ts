import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One writing request as its Idempotency-Key identifies it, at the site of the staff member sending it. */
export interface IdempotentRequest {
  siteId: string;
  key: string;
  /** Method and path, `POST /api/v1/participants/…/offer`. */
  operation: string;
  /** SHA-256 (hex) of the canonical request body. */
  requestHash: string;
}

/** The first answer to a request, as it was sent. */
export interface IdempotentAnswer {
  status: number;
  body: unknown;
}

/** What the key holds: this request may run now (`claimed`), or the key is another's or busy. */
export type IdempotencyClaim =
  | { state: 'claimed'; token: string }
  | { state: 'completed'; operation: string; requestHash: string; answer: IdempotentAnswer }
  | { state: 'running'; operation: string; requestHash: string };

interface KeyRow {
  operation: string;
  request_hash: string;
  claim_token: string | null;
  completed_at: Date | null;
  response_status: number | null;
  response_body: unknown;
}

/** The first answer to each writing request, kept under its Idempotency-Key. */
@Injectable()
export class IdempotencyKeysRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Claims the key for this request for `leaseMs`: a new key, or one whose earlier holder (the same
   * request) gave up or ran past its lease without an answer. Otherwise says what holds it.
   */
  async claim(request: IdempotentRequest, leaseMs: number): Promise<IdempotencyClaim> {
    const token = randomUUID();
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (site_id, idempotency_key, operation, request_hash, claim_token, claimed_until)
     VALUES ($1, $2, $3, $4, $5, now() + $6 * interval '1 millisecond')
     ON CONFLICT (site_id, idempotency_key) DO UPDATE
        SET claim_token = EXCLUDED.claim_token, claimed_until = EXCLUDED.claimed_until
      WHERE idempotency_keys.completed_at IS NULL
        AND (idempotency_keys.claimed_until IS NULL OR idempotency_keys.claimed_until < now())
        AND idempotency_keys.operation = EXCLUDED.operation
        AND idempotency_keys.request_hash = EXCLUDED.request_hash
     RETURNING 1`,
      [request.siteId, request.key, request.operation, request.requestHash, token, leaseMs],
    );
    if (claimed.length) return { state: 'claimed', token };
    const [row]: KeyRow[] = await this.dataSource.query(
      `SELECT operation, request_hash, claim_token, completed_at, response_status, response_body
       FROM idempotency_keys WHERE site_id = $1 AND idempotency_key = $2`,
      [request.siteId, request.key],
    );
    // Forgotten between the two statements (its request was refused): claim it afresh.
    if (!row) return this.claim(request, leaseMs);
    const held = { operation: row.operation, requestHash: row.request_hash };
    return row.completed_at
      ? { state: 'completed', ...held, answer: { status: Number(row.response_status), body: row.response_body } }
      : { state: 'running', ...held };
  }

  /**
   * Extends a running holder's lease by `leaseMs` from now; false once the claim is no longer its
   * own (answered, abandoned or taken over after its lease ran out).
   */
  async renew(request: IdempotentRequest, token: string, leaseMs: number): Promise<boolean> {
    // As a SELECT over the UPDATE, so the driver answers with rows (an UPDATE's answer is [rows, count]).
    const [{ renewed }]: { renewed: number }[] = await this.dataSource.query(
      `WITH renewed AS (
         UPDATE idempotency_keys SET claimed_until = now() + $4 * interval '1 millisecond'
          WHERE site_id = $1 AND idempotency_key = $2 AND claim_token = $3 AND completed_at IS NULL
         RETURNING 1)
       SELECT count(*)::int AS renewed FROM renewed`,
      [request.siteId, request.key, token, leaseMs],
    );
    return renewed > 0;
  }

  /** Keeps the first answer under the key, for every repeat of the request. */
  async complete(request: IdempotentRequest, token: string, answer: IdempotentAnswer): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys
        SET response_status = $4, response_body = $5::jsonb, completed_at = now(), claim_token = NULL,
            claimed_until = NULL
      WHERE site_id = $1 AND idempotency_key = $2 AND claim_token = $3`,
      [request.siteId, request.key, token, answer.status, JSON.stringify(answer.body ?? null)],
    );
  }

  /**
   * The request did not answer: `forget` when it was refused and recorded nothing (the key is free
   * for any request again); `release` when its outcome is unknown (a retry of the same request may
   * take it at once, and the key stays bound to that request).
   */
  async abandon(request: IdempotentRequest, token: string, how: 'forget' | 'release'): Promise<void> {
    const params = [request.siteId, request.key, token];
    const where = `site_id = $1 AND idempotency_key = $2 AND claim_token = $3`;
    await (how === 'forget'
      ? this.dataSource.query(`DELETE FROM idempotency_keys WHERE ${where}`, params)
      : this.dataSource.query(
          `UPDATE idempotency_keys SET claim_token = NULL, claimed_until = NULL WHERE ${where}`,
          params,
        ));
  }
}
