import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Roll-up: outcome figures by site, figure, group and day (-infinity for a figure of now: budget
 * take-up, budgets); folded from outcome_figure_changes.
 */
@Entity({
  name: 'outcome_figure_counts',
  comment: 'Outcome figures by site, figure, group and day: a count and an amount (a change in score, pence)',
})
export class OutcomeFigureCountEntity {
  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 64 })
  siteId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  figure!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  grp!: string;

  @PrimaryColumn({ name: 'on_date', type: 'date' })
  onDate!: string;

  @Column({ type: 'integer', nullable: false })
  people!: number;

  @Column({ type: 'numeric', nullable: false })
  amount!: string;
}
