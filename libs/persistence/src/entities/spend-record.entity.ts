import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

/**
 * Money spent, or a service used, against one item of a person's care plan. Rows recorded by one
 * request share its request id (the Idempotency-Key): a single record has request_row 0, each row of a
 * CSV upload its row number in the file, so a retried request finds every row it wrote.
 */
@Entity({ name: 'spend_records' })
@Check('ck_spend_records_amount', 'amount_pence >= 0')
@Check('ck_spend_records_kind', `kind IN ('spend', 'service-use')`)
@Index('uq_spend_records_request', ['participantId', 'requestId', 'requestRow'], { unique: true })
@Index('ix_spend_records_participant_spent_on', ['participantId', 'spentOn'])
export class SpendRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'participant_id', type: 'uuid', nullable: false })
  @ForeignKey(() => ParticipantEntity, { name: 'spend_records_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  /** The care plan's support item (content.supportItems[].itemId); item ids survive plan revisions. */
  @Column({ name: 'plan_item_id', type: 'uuid', nullable: false })
  planItemId!: string;

  /** Integer pence; bigint comes back from the driver as a string. */
  @Column({ name: 'amount_pence', type: 'bigint', nullable: false })
  amountPence!: string;

  @Column({ name: 'spent_on', type: 'date', nullable: false })
  spentOn!: string;

  @Column({ type: 'varchar', length: 40, nullable: false })
  source!: string;

  /** 'spend' (money paid) or 'service-use' (a service used, with its cost, e.g. under a notional budget). */
  @Column({ type: 'varchar', length: 16, nullable: false })
  kind!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description!: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 200, nullable: false })
  requestId!: string;

  @Column({ name: 'request_row', type: 'integer', nullable: false })
  requestRow!: number;

  @Column({ name: 'recorded_by', type: 'varchar', length: 64, nullable: false })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  recordedAt!: Date;
}
