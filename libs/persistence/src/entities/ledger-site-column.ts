import { PrimaryColumn } from 'typeorm';

/**
 * The site column of a change ledger (`*_changes`). A ledger has no key: identical +1 rows are meant
 * to repeat until a fold sums them. TypeORM refuses an entity without a primary column, so the site
 * stands in as one; nothing loads or saves ledger rows through TypeORM (triggers append them, the
 * programme_fold_* functions consume them), and the schema test allows only the missing key.
 */
export function LedgerSiteColumn(): PropertyDecorator {
  return PrimaryColumn({ name: 'site_id', type: 'varchar', length: 64 });
}
