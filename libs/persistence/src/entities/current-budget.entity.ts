import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

/**
 * The budget each open journey runs on now, flattened to the figures' columns (by funder, by
 * deployment; a withdrawn direct payment counts as notional). Written only by triggers:
 * programme_current_budget on personal_budgets replaces the row with a newer version,
 * programme_closed_budget on participants deletes it when the journey closes. Amounts in pence,
 * bigint as strings.
 */
@Entity({ name: 'current_budgets' })
@Index('ix_current_budgets_site', ['siteId'])
export class CurrentBudgetEntity {
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  @ForeignKey(() => ParticipantEntity, { name: 'current_budgets_participant_id_fkey', onDelete: 'CASCADE' })
  participantId!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64, nullable: false })
  siteId!: string;

  @Column({ type: 'varchar', length: 64, nullable: false })
  cohort!: string;

  @Column({ type: 'integer', nullable: false })
  version!: number;

  @Column({ name: 'total_pence', type: 'bigint', nullable: false })
  totalPence!: string;

  @Column({ name: 'indicative_total_pence', type: 'bigint', nullable: true })
  indicativeTotalPence!: string | null;

  @Column({ name: 'nhs_pence', type: 'bigint', nullable: false })
  nhsPence!: string;

  @Column({ name: 'social_care_pence', type: 'bigint', nullable: false })
  socialCarePence!: string;

  @Column({ name: 'education_pence', type: 'bigint', nullable: false })
  educationPence!: string;

  @Column({ name: 'direct_payment_parts', type: 'integer', nullable: false })
  directPaymentParts!: number;

  @Column({ name: 'direct_payment_pence', type: 'bigint', nullable: false })
  directPaymentPence!: string;

  @Column({ name: 'third_party_parts', type: 'integer', nullable: false })
  thirdPartyParts!: number;

  @Column({ name: 'third_party_pence', type: 'bigint', nullable: false })
  thirdPartyPence!: string;

  @Column({ name: 'individual_service_fund_parts', type: 'integer', nullable: false })
  individualServiceFundParts!: number;

  @Column({ name: 'individual_service_fund_pence', type: 'bigint', nullable: false })
  individualServiceFundPence!: string;

  @Column({ name: 'notional_parts', type: 'integer', nullable: false })
  notionalParts!: number;

  @Column({ name: 'notional_pence', type: 'bigint', nullable: false })
  notionalPence!: string;
}
