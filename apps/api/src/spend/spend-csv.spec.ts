import { MAX_SPEND_CSV_ROWS, readSpendCsv } from './spend-csv';
import type { SpendContext } from './spend-rules';

const ITEM = '0b8d6c1e-2f3a-4e5b-8c7d-9e0f1a2b3c4d';
const OTHER_ITEM = '1c9e7d2f-3a4b-4f6c-9d8e-0f1a2b3c4d5e';
const context: SpendContext = { planVersion: 2, planItemIds: new Set([ITEM, OTHER_ITEM]), referredOn: '2026-09-01' };
const HEADER = 'plan_item_id,amount_pence,spent_on,source,kind,description';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe(readSpendCsv.name, () => {
  it('should read every row as a record, numbered as a spreadsheet numbers rows', () => {
    const reading = readSpendCsv(
      csv(
        `${ITEM},1250,2026-10-01,card-transaction,spend,Taxi`,
        '',
        `${OTHER_ITEM},007,2026-10-02,notional-service-use,service-use,`,
      ),
      context,
    );
    expect(reading).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          record: expect.objectContaining({
            planItemId: ITEM,
            amountPence: 1250,
            spentOn: '2026-10-01',
            description: 'Taxi',
          }),
        },
        { row: 4, record: expect.objectContaining({ planItemId: OTHER_ITEM, amountPence: 7, kind: 'service-use' }) },
      ],
    });
    if (reading.ok) expect(reading.rows[1].record.description).toBeUndefined();
  });

  it('should take the columns in any order, trimmed and in any case, without a description', () => {
    const reading = readSpendCsv(
      ` Kind ,SOURCE,spent_on,amount_pence,plan_item_id\nspend,provider-invoice,2026-10-01,5,${ITEM}`,
      context,
    );
    expect(reading).toMatchObject({
      ok: true,
      rows: [{ row: 2, record: { amountPence: 5, source: 'provider-invoice' } }],
    });
  });

  it('should report every bad row with its column, and no rows', () => {
    const reading = readSpendCsv(
      csv(
        `${ITEM},12.34,2026-10-01,card-transaction,spend,`,
        `${ITEM},-5,2026-10-01,card-transaction,spend,`,
        `${ITEM},1,2026-08-31,card-transaction,spend,`,
        `not-an-id,1,tomorrow,cash,gift,`,
        `${ITEM},1,2026-10-01`,
        `${ITEM},99999999999999999999,2026-10-01,card-transaction,spend,`,
      ),
      context,
    );
    expect(reading).toEqual({
      ok: false,
      errors: [
        { row: 2, field: 'amount_pence', reason: expect.stringContaining('whole number of pence') },
        { row: 3, field: 'amount_pence', reason: expect.stringContaining('whole number of pence') },
        { row: 4, field: 'spent_on', reason: 'must not be before the referral date (2026-09-01)' },
        { row: 5, field: 'plan_item_id', reason: expect.stringContaining('UUID') },
        { row: 5, field: 'spent_on', reason: expect.stringContaining('YYYY-MM-DD') },
        { row: 5, field: 'source', reason: expect.stringContaining('must be one of') },
        { row: 5, field: 'kind', reason: 'must be one of: spend, service-use' },
        { row: 6, field: 'row', reason: 'has 3 values; the header has 6' },
        { row: 7, field: 'amount_pence', reason: expect.stringContaining('whole number of pence') },
      ],
    });
  });

  it('should name a plan item that is not in the current plan', () => {
    const reading = readSpendCsv(
      csv(`9e0f1a2b-3c4d-4e5b-8c7d-0b8d6c1e2f3a,1,2026-10-01,card-transaction,spend,`),
      context,
    );
    expect(reading).toEqual({
      ok: false,
      errors: [{ row: 2, field: 'plan_item_id', reason: 'is not a support item of the current care plan (version 2)' }],
    });
  });

  it('should refuse a header with unknown, repeated or missing columns', () => {
    expect(readSpendCsv('plan_item_id,amount_pence,amount_pence,spent_on,source,cost\n', context)).toEqual({
      ok: false,
      errors: [
        { row: 1, field: 'amount_pence', reason: 'appears more than once in the header' },
        { row: 1, field: 'cost', reason: 'is not a column of a spend upload' },
        { row: 1, field: 'kind', reason: 'is missing from the header row' },
      ],
    });
  });

  it('should refuse an empty upload, a broken one and one too large to be a single import', () => {
    expect(readSpendCsv(`${HEADER}\n\n`, context)).toEqual({
      ok: false,
      errors: [{ row: 1, field: 'file', reason: 'has no records after the header row' }],
    });
    expect(readSpendCsv('', context)).toMatchObject({
      ok: false,
      errors: [{ row: 1, field: 'plan_item_id' }, {}, {}, {}, {}],
    });
    expect(readSpendCsv(csv(`${ITEM},"1,2026-10-01`), context)).toEqual({
      ok: false,
      errors: [{ row: 2, field: 'file', reason: 'has a quoted field that is never closed' }],
    });
    const many = Array.from({ length: MAX_SPEND_CSV_ROWS + 1 }, () => `${ITEM},1,2026-10-01,card-transaction,spend,`);
    expect(readSpendCsv(csv(...many), context)).toMatchObject({ ok: false, errors: [{ row: 1, field: 'file' }] });
  });
});
