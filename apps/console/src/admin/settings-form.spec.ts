import { formErrors } from '../forms/form-errors';
import { FormReader } from '../forms/form-values';
import { humanise } from '../views/formats';
import { type SettingFields, settingItems, settingLabels, settingRequest, settingValues } from './settings-form';

const fields: SettingFields = {
  population: { kind: 'integer', label: 'Population' },
  shares: {
    kind: 'group',
    label: 'Share',
    fields: { nhs: { kind: 'integer', label: 'NHS' } },
  },
  costs: {
    kind: 'rows',
    label: 'Costs',
    itemLabel: 'Cost',
    fields: {
      band: { kind: 'choice', label: 'Band', options: ['low', 'high'] },
      annualPence: { kind: 'pence', label: 'A year' },
    },
  },
  services: { kind: 'lines', label: 'Services' },
  cohorts: { kind: 'choices', label: 'Cohorts', options: ['a', 'b'] },
};

describe('settings form', () => {
  describe(settingLabels.name, () => {
    it('should label each field by the API path, a row by its number', () => {
      expect(settingLabels(fields)).toEqual({
        population: 'Population',
        shares: 'Share',
        'shares.nhs': 'Share: NHS',
        costs: 'Costs',
        'costs[].band': 'Cost #: band',
        'costs[].annualPence': 'Cost #: a year',
        services: 'Services',
        cohorts: 'Cohorts',
      });
    });
  });

  describe(settingValues.name, () => {
    it('should show what the API holds as typed text: pounds for pence, a line a name', () => {
      const stored = {
        siteId: 'site-a',
        population: 250_000,
        shares: { nhs: 8000 },
        costs: [{ band: 'high', annualPence: 1_200_050 }],
        services: ['Walking group', 'Carers centre'],
        cohorts: ['b'],
      };
      expect(settingValues(fields, stored)).toEqual({
        population: '250000',
        shares: { nhs: '8000' },
        costs: [{ band: 'high', annualPence: '12000.50' }],
        services: 'Walking group\nCarers centre',
        cohorts: ['b'],
      });
    });

    it('should give an empty form when nothing is stored yet', () => {
      expect(settingValues(fields, undefined)).toEqual({
        population: '',
        shares: { nhs: '' },
        costs: [],
        services: '',
        cohorts: [],
      });
    });
  });

  describe(settingRequest.name, () => {
    it('should send the API its own shape, numbers as numbers and empty fields left out', () => {
      const form = new FormReader({
        population: '10000',
        shares: { nhs: '' },
        costs: [{ band: 'low', annualPence: '£1,200.50' }],
        services: ' Walking group \n\n Carers centre',
        cohorts: 'a',
      });
      expect(settingRequest(fields, form)).toEqual({
        population: 10_000,
        shares: { nhs: undefined },
        costs: [{ band: 'low', annualPence: 120_050 }],
        services: ['Walking group', 'Carers centre'],
        cohorts: ['a'],
      });
      expect(form.errors).toEqual([]);
    });

    it('should name a row’s bad amount by the API’s path', () => {
      const form = new FormReader({ costs: [{ band: 'low', annualPence: 'lots' }] });
      settingRequest(fields, form);
      expect(form.errors).toEqual([
        { field: 'costs[0].annualPence', reason: 'must be an amount in pounds, like 5200 or 5200.50' },
      ]);
    });
  });

  describe(settingItems.name, () => {
    it('should draw each input with the id its error links to, a row’s buttons, and one row to start from', () => {
      const values = { population: '', shares: { nhs: '' }, costs: [{ band: 'low', annualPence: '' }] };
      const errors = formErrors([{ field: 'costs[0].annualPence', reason: 'must be a number' }], settingLabels(fields));
      const items = settingItems(fields, values, errors, humanise);
      expect(items.map((item) => ('id' in item ? `${item.kind}:${item.id}` : item.kind))).toEqual([
        'input:population',
        'open:shares',
        'input:shares-nhs',
        'close',
        'open:costs',
        'open:costs-0',
        'select:costs-0-band',
        'input:costs-0-annualPence',
        'remove',
        'close',
        'add',
        'close',
        'textarea:services',
        'checkboxes:cohorts',
      ]);
      expect(items[7]).toMatchObject({
        name: 'costs[0][annualPence]',
        prefix: '£',
        error: { text: 'Cost 1: a year must be a number' },
      });
      expect(items[8]).toMatchObject({ action: 'remove:costs:0', text: 'Remove cost 1' });
      const empty = settingItems(fields, { costs: [] }, undefined, humanise);
      expect(empty.filter((item) => item.kind === 'open').map((item) => 'id' in item && item.id)).toEqual([
        'shares',
        'costs',
        'costs-0',
      ]);
      expect(items[13]).toMatchObject({
        name: 'cohorts[]',
        options: [
          { value: 'a', text: 'A' },
          { value: 'b', text: 'B' },
        ],
      });
    });
  });
});
