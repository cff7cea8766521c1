import { FormReader } from '../forms/form-values';
import { CONTACT_FORMS, postalAddressOf } from './contact-forms';

const form = (step: string) => {
  const found = CONTACT_FORMS.get(step);
  if (!found) throw new Error(`no form ${step}`);
  return found;
};

describe('contact forms', () => {
  describe(postalAddressOf.name, () => {
    it('should take an address a line each, blank lines dropped, with its postcode', () => {
      const reader = new FormReader({ addressLines: ' 7 Weaver Street \n\nBradford', postcode: 'BD1 2QQ' });
      expect(postalAddressOf(reader)).toEqual({ lines: ['7 Weaver Street', 'Bradford'], postcode: 'BD1 2QQ' });
    });

    it('should leave the address out when nothing is typed', () => {
      expect(postalAddressOf(new FormReader({ addressLines: ' ', postcode: '' }))).toBeUndefined();
    });
  });

  describe('contact preferences', () => {
    it('should replace them with a PUT of the channel, its address, format and language', () => {
      const page = form('contact-preferences');
      const reader = new FormReader({
        channel: 'email',
        email: ' sian@example.com ',
        format: 'large-print',
        language: '',
      });
      expect(page.method).toBe('PUT');
      expect(page.toRequest(reader)).toEqual({
        channel: 'email',
        format: 'large-print',
        language: undefined,
        email: 'sian@example.com',
        phone: undefined,
        postalAddress: undefined,
      });
    });
  });

  describe('contact details and communication needs', () => {
    it('should send the details whole: names, phones by row, the interpreter as yes or no, every need ticked', () => {
      const reader = new FormReader({
        givenName: 'Siân',
        familyName: 'Evans',
        phones: [{ use: 'mobile', number: '07700 900123' }],
        interpreterNeeded: 'no',
        communicationNeeds: ['large-print', 'hearing-loop'],
      });
      expect(form('contact-details').toRequest(reader)).toEqual({
        title: undefined,
        givenName: 'Siân',
        familyName: 'Evans',
        preferredName: undefined,
        postalAddress: undefined,
        phones: [{ use: 'mobile', number: '07700 900123' }],
        email: undefined,
        gpPracticeOdsCode: undefined,
        mainLanguage: undefined,
        interpreterNeeded: false,
        communicationNeeds: ['large-print', 'hearing-loop'],
      });
    });
  });
});
