import { Inject, Injectable } from '@nestjs/common';
import { reminderContact, type RequestReminderInput, type ReminderStatus } from '@ipc/domain';
import { DataSource, type FindOptionsWhere } from 'typeorm';
import type { PostalAddress } from '../entities/contact-preference.entity';
import { ReminderEntity } from '../entities/reminder.entity';
import { PersonDetailsRepository } from '../people/person-details.repository';

/**
 * A reminder with what delivering it needs: how to reach the recipient (null when nothing says):
 * for a participant or carer, their preferences with the format and language their details record,
 * or with no preferences the channel their details have an address for.
 */
export interface ReminderForDelivery {
  id: string;
  reminderKey: string;
  siteId: string;
  recipientType: string;
  recipientId: string;
  /** The person or carer it is about: a coordinator's reminder names them by id as its case reference. */
  participantId: string | null;
  carerId: string | null;
  purpose: string;
  topic: string | null;
  dueDate: string;
  leadDays: number;
  status: ReminderStatus;
  attempts: number;
  contact: {
    channel: string;
    email: string | null;
    phone: string | null;
    postalAddress: PostalAddress | null;
    format: string;
    language: string;
  } | null;
}

export type ClaimOutcome =
  | { outcome: 'claimed'; previousStatus: ReminderStatus }
  | { outcome: 'finished'; status: 'sent' | 'failed' }
  | { outcome: 'busy'; retryInMs: number };

export interface DeliveryRoute {
  channel: string;
  provider: string;
  templateId: string;
}

/** What the care team filters a site's reminders by, and the page wanted. */
export interface SiteRemindersFilter {
  status?: string;
  purpose?: string;
  recipientType?: string;
  /** The team of the person or carer a reminder is about, or the team it went to. */
  teamId?: string;
  page: number;
  pageSize: number;
}

const UNFINISHED = `status IN ('queued', 'sending')`;
const CASE_ORDER = { dueDate: 'ASC', leadDays: 'DESC', queuedAt: 'ASC', id: 'ASC' } as const;

/** The rows of one page of a list: `skip` rows in, `take` long. */
export interface PageWindow {
  skip: number;
  take: number;
}

/**
 * The reminders table. Every write is a single guarded statement so that a retried job, a second
 * worker or a late event never moves a reminder backwards (sent and failed are final).
 */
@Injectable()
export class RemindersRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The reminder for this key, created if new; the same row however often it is asked for. */
  async insertOrFind(
    input: RequestReminderInput,
    reminderKey: string,
  ): Promise<{ id: string; status: ReminderStatus }> {
    const inserted = await this.rows<{ id: string; status: ReminderStatus }>(
      `INSERT INTO reminders (reminder_key, site_id, recipient_type, recipient_id, participant_id, purpose, due_date, lead_days,
                              topic, carer_id, remind_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (reminder_key) DO NOTHING
       RETURNING id, status`,
      [
        reminderKey,
        input.siteId,
        input.recipientType,
        input.recipientId,
        input.participantId ?? (input.recipientType === 'participant' ? input.recipientId : null),
        input.purpose,
        input.dueDate,
        input.leadDays,
        input.topic ?? null,
        input.carerId ?? (input.recipientType === 'carer' ? input.recipientId : null),
        input.remindOn ?? null,
      ],
    );
    if (inserted.length) return inserted[0];
    const [existing] = await this.rows<{ id: string; status: ReminderStatus }>(
      `SELECT id, status FROM reminders WHERE reminder_key = $1`,
      [reminderKey],
    );
    return existing;
  }

  async loadForDelivery(reminderId: string): Promise<ReminderForDelivery | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT r.id, r.reminder_key, r.site_id, r.recipient_type, r.recipient_id, r.participant_id, r.carer_id,
              r.purpose, r.topic,
              to_char(r.due_date, 'YYYY-MM-DD') AS due_date, r.lead_days, r.status, r.attempts,
              c.channel, c.email, c.phone, c.postal_address, c.format, c.language
         FROM reminders r
         LEFT JOIN contact_preferences c
           ON c.recipient_type = r.recipient_type AND c.recipient_id = r.recipient_id AND c.site_id = r.site_id
        WHERE r.id = $1`,
      [reminderId],
    );
    if (!row) return undefined;
    const preferences = row.channel
      ? {
          channel: row.channel,
          email: row.email,
          phone: row.phone,
          postalAddress: row.postal_address,
          format: row.format,
          language: row.language,
        }
      : null;
    const person = row.recipient_type === 'participant' || row.recipient_type === 'carer';
    const details = person
      ? await new PersonDetailsRepository(this.dataSource).reachable(row.recipient_type, row.recipient_id)
      : null;
    return {
      id: row.id,
      reminderKey: row.reminder_key,
      siteId: row.site_id,
      recipientType: row.recipient_type,
      recipientId: row.recipient_id,
      participantId: row.participant_id,
      carerId: row.carer_id,
      purpose: row.purpose,
      topic: row.topic,
      dueDate: row.due_date,
      leadDays: row.lead_days,
      status: row.status,
      attempts: row.attempts,
      contact: reminderContact(preferences, details),
    };
  }

  /**
   * Claims the reminder for one attempt before the provider is called: `sending`, an attempt
   * counted, and a lease until which no other attempt may take it (a second job for the same
   * reminder, or BullMQ running a job whose lock it thinks was lost, waits instead of sending too).
   * `previousStatus` tells the attempt whether an earlier one may have reached the provider.
   */
  async claim(reminderId: string, route: DeliveryRoute, leaseMs: number): Promise<ClaimOutcome> {
    const claimed = await this.rows<{ previous_status: ReminderStatus }>(
      `WITH current AS (SELECT id, status, claim_expires_at FROM reminders WHERE id = $1 FOR UPDATE)
       UPDATE reminders r
          SET status = 'sending', attempts = r.attempts + 1, last_attempt_at = now(),
              claim_expires_at = now() + make_interval(secs => $5::double precision / 1000),
              channel = $2, provider = $3, template_id = $4
         FROM current c
        WHERE r.id = c.id
          AND (c.status = 'queued' OR (c.status = 'sending' AND (c.claim_expires_at IS NULL OR c.claim_expires_at < now())))
        RETURNING c.status AS previous_status`,
      [reminderId, route.channel, route.provider, route.templateId, leaseMs],
    );
    if (claimed.length) return { outcome: 'claimed', previousStatus: claimed[0].previous_status };
    const [row] = await this.rows<{ status: ReminderStatus; remaining_ms: number | null }>(
      `SELECT status, GREATEST(0, EXTRACT(EPOCH FROM (claim_expires_at - now())) * 1000)::integer AS remaining_ms
         FROM reminders WHERE id = $1`,
      [reminderId],
    );
    if (!row) return { outcome: 'finished', status: 'failed' };
    if (row.status === 'sent' || row.status === 'failed') return { outcome: 'finished', status: row.status };
    return { outcome: 'busy', retryInMs: Math.max(100, Number(row.remaining_ms ?? 0)) };
  }

  async markSent(reminderId: string, providerReference: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE reminders SET status = 'sent', provider_reference = $2, sent_at = now(), last_error = NULL
        WHERE id = $1 AND ${UNFINISHED}`,
      [reminderId, providerReference],
    );
  }

  /**
   * An attempt failed and another will follow: the error is kept and the claim released. The status
   * stays `sending`, so the next attempt first asks the provider whether this one got through.
   */
  async recordAttemptError(reminderId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE reminders SET last_error = $2, claim_expires_at = NULL WHERE id = $1 AND ${UNFINISHED}`,
      [reminderId, error],
    );
  }

  async markFailed(reminderId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE reminders SET status = 'failed', failed_at = now(), last_error = $2 WHERE id = $1 AND ${UNFINISHED}`,
      [reminderId, error],
    );
  }

  /**
   * A failed reminder queued again for a fresh set of attempts (after the contact details were
   * put right, say). Only a failed one: the statement is its own guard against a double resend.
   */
  async requeueFailed(reminderId: string): Promise<boolean> {
    const requeued = await this.rows<{ id: string }>(
      `UPDATE reminders
          SET status = 'queued', attempts = 0, last_error = NULL, failed_at = NULL, claim_expires_at = NULL,
              last_attempt_at = NULL, queued_at = now(), provider_reference = NULL, delivery_status = NULL,
              delivery_status_at = NULL
        WHERE id = $1 AND status = 'failed'
        RETURNING id`,
      [reminderId],
    );
    return requeued.length > 0;
  }

  /**
   * A provider's delivery receipt for the message it accepted (matched by its own reference, so a
   * late receipt for an earlier send of a resent reminder changes nothing). A failure turns a sent
   * reminder into a failed one, to be put right and resent; a receipt older than the one recorded
   * is ignored. False when no sent message matches.
   */
  async recordDeliveryReceipt(receipt: {
    reminderId: string;
    providerReference: string;
    status: string;
    at: Date;
    failed: boolean;
  }): Promise<boolean> {
    const updated = await this.rows<{ id: string }>(
      `UPDATE reminders
          SET delivery_status = $3::text, delivery_status_at = $4::timestamptz,
              status = CASE WHEN $5::boolean THEN 'failed' ELSE status END,
              failed_at = CASE WHEN $5::boolean THEN now() ELSE failed_at END,
              last_error = CASE WHEN $5::boolean THEN 'the provider reported ' || $3::text ELSE last_error END
        WHERE id = $1 AND provider_reference = $2 AND status IN ('sent', 'failed')
          AND (delivery_status_at IS NULL OR delivery_status_at <= $4::timestamptz)
        RETURNING id`,
      [receipt.reminderId, receipt.providerReference, receipt.status, receipt.at, receipt.failed],
    );
    return updated.length > 0;
  }

  /** Unfinished reminders nobody has touched for `olderThanMs`: candidates for enqueueing again. */
  async findStale(olderThanMs: number, limit: number): Promise<{ id: string; reminderKey: string }[]> {
    const rows = await this.rows<{ id: string; reminder_key: string }>(
      `SELECT id, reminder_key FROM reminders
        WHERE ${UNFINISHED} AND COALESCE(last_attempt_at, queued_at) < now() - make_interval(secs => $1::double precision / 1000)
        ORDER BY queued_at
        LIMIT $2`,
      [olderThanMs, limit],
    );
    return rows.map((row) => ({ id: row.id, reminderKey: row.reminder_key }));
  }

  /** A page of the site's reminders, the most recently changed first, with how many match in all. */
  async listForSite(siteId: string, filter: SiteRemindersFilter): Promise<[ReminderEntity[], number]> {
    const builder = this.dataSource
      .getRepository(ReminderEntity)
      .createQueryBuilder('r')
      .leftJoin('participants', 'p', 'p.id::text = r.participant_id')
      .leftJoin('carers', 'c', 'c.id::text = r.carer_id')
      .where('r.site_id = :siteId', { siteId });
    if (filter.status) builder.andWhere('r.status = :status', { status: filter.status });
    if (filter.purpose) builder.andWhere('r.purpose = :purpose', { purpose: filter.purpose });
    if (filter.recipientType) builder.andWhere('r.recipient_type = :type', { type: filter.recipientType });
    if (filter.teamId) {
      builder.andWhere(
        `(COALESCE(p.team_id, c.team_id) = :teamId OR (r.recipient_type = 'coordinator' AND r.recipient_id = :teamId))`,
        { teamId: filter.teamId },
      );
    }
    return (
      builder
        .orderBy('COALESCE(r.failed_at, r.sent_at, r.queued_at)', 'DESC')
        .addOrderBy('r.id')
        // Joined tables filter, they are not selected: a plain OFFSET/LIMIT pages correctly.
        .offset((filter.page - 1) * filter.pageSize)
        .limit(filter.pageSize)
        .getManyAndCount()
    );
  }

  /** The reminder, if it belongs to the site. */
  findAtSite(siteId: string, reminderId: string): Promise<ReminderEntity | null> {
    return this.dataSource.getRepository(ReminderEntity).findOneBy({ id: reminderId, siteId });
  }

  /** The reminder as it is now (after a write that may have changed it). */
  reload(reminderId: string): Promise<ReminderEntity> {
    return this.dataSource.getRepository(ReminderEntity).findOneByOrFail({ id: reminderId });
  }

  /** A page of the reminders about the person (to them, to their carers and escalations to their team), with how many there are in all. */
  aboutParticipant(siteId: string, participantId: string, page: PageWindow): Promise<[ReminderEntity[], number]> {
    return this.findForCase({ siteId, participantId }, page);
  }

  /** A page of the reminders to the carer and to their team about them, with how many there are in all. */
  aboutCarer(siteId: string, carerId: string, page: PageWindow): Promise<[ReminderEntity[], number]> {
    return this.findForCase(
      [
        { siteId, recipientType: 'carer', recipientId: carerId },
        { siteId, carerId },
      ],
      page,
    );
  }

  private findForCase(
    where: FindOptionsWhere<ReminderEntity> | FindOptionsWhere<ReminderEntity>[],
    { skip, take }: PageWindow,
  ) {
    return this.dataSource.getRepository(ReminderEntity).findAndCount({ where, order: CASE_ORDER, skip, take });
  }

  /**
   * The rows a statement returns. TypeORM's `DataSource.query` answers an UPDATE or DELETE with
   * `[rows, rowCount]` instead of the rows, so RETURNING goes through a structured result.
   */
  private async rows<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    const runner = this.dataSource.createQueryRunner();
    try {
      return (await runner.query(sql, parameters, true)).records as T[];
    } finally {
      await runner.release();
    }
  }
}
