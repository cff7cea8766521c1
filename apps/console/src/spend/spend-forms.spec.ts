import { SPEND_RECORD_FORM, uploadError, uploadRefusalErrors } from './spend-forms';
import { prepareForm } from '../steps/form-submission';

describe('spend forms', () => {
  describe('SPEND_RECORD_FORM', () => {
    it('should turn the typed row into the API’s record, pounds to pence', () => {
      const prepared = prepareForm(SPEND_RECORD_FORM, {
        idempotencyKey: 'key-1',
        planItemId: 'item-physio',
        kind: 'spend',
        amount: '£1,250.50',
        spentOn: { day: '2', month: '11', year: '2026' },
        source: 'provider-invoice',
        description: ' ',
      });
      expect(prepared).toMatchObject({
        kind: 'ready',
        idempotencyKey: 'key-1',
        request: {
          planItemId: 'item-physio',
          amountPence: 125_050,
          spentOn: '2026-11-02',
          source: 'provider-invoice',
          kind: 'spend',
          description: undefined,
        },
      });
    });

    it('should say so when the amount is not money, linking to its input', () => {
      const prepared = prepareForm(SPEND_RECORD_FORM, { amount: 'twelve' });
      expect(prepared.kind === 'invalid' && prepared.errors.summary).toEqual([
        { text: 'Amount must be an amount in pounds, like 5200 or 5200.50', href: '#amountPence' },
      ]);
    });
  });

  describe(uploadRefusalErrors.name, () => {
    it('should list every bad row with its row number and column, each linking to the file input', () => {
      const errors = uploadRefusalErrors({
        status: 400,
        errors: [
          { row: 3, field: 'amount_pence', reason: 'must be a whole number of pence' },
          { row: 4, field: 'source', reason: 'must be one of: provider-invoice' },
        ] as never,
      });
      expect(errors).toEqual({
        summary: [
          { text: 'Row 3, amount_pence: must be a whole number of pence', href: '#spendFile' },
          { text: 'Row 4, source: must be one of: provider-invoice', href: '#spendFile' },
        ],
        fields: {
          file: { text: 'The file has 2 problems, listed above, so nothing was recorded. Fix it and upload it again.' },
        },
      });
    });

    it('should say why a file as a whole was refused at this stage', () => {
      const errors = uploadRefusalErrors({ status: 409, detail: 'The journey is planning' });
      expect(errors.summary).toEqual([
        {
          text: "This cannot be recorded now: The journey is planning. Check the person's page for what can be done next.",
          href: '#main-form',
        },
      ]);
    });
  });

  describe(uploadError.name, () => {
    it('should put the console’s own finding on the file input', () => {
      expect(uploadError('Choose a CSV file of spend records')).toEqual({
        summary: [{ text: 'Choose a CSV file of spend records', href: '#spendFile' }],
        fields: { file: { text: 'Choose a CSV file of spend records' } },
      });
    });
  });
});
