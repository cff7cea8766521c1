import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A writing request's Idempotency-Key at a site: what it was first used for (operation and a hash of
 * the canonical body), who holds it while that request runs, and the first answer every repeat gets.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 64 })
  siteId!: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey!: string;

  @Column({ type: 'text', nullable: false })
  operation!: string;

  /** SHA-256 of the canonical body, hex. */
  @Column({ name: 'request_hash', type: 'char', length: 64, nullable: false })
  requestHash!: string;

  @Column({ name: 'claim_token', type: 'uuid', nullable: true })
  claimToken!: string | null;

  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;

  @Column({ name: 'response_status', type: 'smallint', nullable: true })
  responseStatus!: number | null;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody!: unknown;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
