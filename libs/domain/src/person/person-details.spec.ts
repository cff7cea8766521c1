import { informationFormatOfNeeds } from './communication-needs';
import { nhsNumberQuery, postcodeKey, reminderContact, statementFormat } from './person-details';

const details = (overrides: Partial<Parameters<typeof reminderContact>[1] & object> = {}) => ({
  email: null,
  phones: [],
  postalAddress: null,
  mainLanguage: null,
  communicationNeeds: [],
  ...overrides,
});
const ADDRESS = { lines: ['1 Park Row', 'Leeds'], postcode: 'LS1 4AB' };

describe('person details', () => {
  describe(reminderContact.name, () => {
    it('should keep the preferences as they are for a person without details', () => {
      const preferences = {
        channel: 'sms',
        email: null,
        phone: '07700 900111',
        postalAddress: null,
        format: 'audio',
        language: 'ur',
      };
      expect(reminderContact(preferences, null)).toBe(preferences);
    });

    it('should choose email, then a mobile, then a letter when no preferences are recorded', () => {
      const mobile = { use: 'mobile', number: '07700 900111' };
      expect(reminderContact(null, details({ email: 'a@example.com', phones: [mobile] }))?.channel).toBe('email');
      expect(
        reminderContact(
          null,
          details({ phones: [{ use: 'home', number: '0113 496 0000' }, mobile], postalAddress: ADDRESS }),
        ),
      ).toMatchObject({
        channel: 'sms',
        phone: '07700 900111',
      });
      expect(reminderContact(null, details({ postalAddress: ADDRESS }))).toMatchObject({
        channel: 'letter',
        postalAddress: ADDRESS,
      });
      expect(reminderContact(null, details({ phones: [{ use: 'home', number: '0113 496 0000' }] }))).toBeNull();
    });

    it("should take the format and language from the details over the preferences'", () => {
      const preferences = {
        channel: 'email',
        email: 'a@example.com',
        phone: null,
        postalAddress: null,
        format: 'standard',
        language: 'en',
      };
      expect(
        reminderContact(
          preferences,
          details({ mainLanguage: 'cy', communicationNeeds: ['bsl-interpreter', 'braille'] }),
        ),
      ).toEqual({
        ...preferences,
        format: 'braille',
        language: 'cy',
      });
      expect(reminderContact(preferences, details())).toMatchObject({ format: 'standard', language: 'en' });
    });
  });

  describe(informationFormatOfNeeds.name, () => {
    it('should give the first format need letters can be produced in, or null', () => {
      expect(informationFormatOfNeeds(['hearing-loop', 'easy-read', 'large-print'])).toBe('easy-read');
      expect(informationFormatOfNeeds(['bsl-video', 'bsl-interpreter'])).toBeNull();
    });
  });

  describe(statementFormat.name, () => {
    it("should prefer the person's needs to what the offer recorded", () => {
      expect(statementFormat(['large-print'], 'standard')).toBe('large-print');
      expect(statementFormat([], 'easy-read')).toBe('easy-read');
      expect(statementFormat(null, null)).toBe('standard');
    });
  });

  describe(nhsNumberQuery.name, () => {
    it('should read ten digits with spaces or dashes as an NHS number, anything else as a name', () => {
      expect(nhsNumberQuery('943 476 5919')).toBe('9434765919');
      expect(nhsNumberQuery('943-476-5919')).toBe('9434765919');
      expect(nhsNumberQuery('94347659')).toBeNull();
      expect(nhsNumberQuery('John 9434765919')).toBeNull();
    });
  });

  describe(postcodeKey.name, () => {
    it('should compare postcodes in capitals without spaces', () => {
      expect(postcodeKey(' ls1  4ab')).toBe('LS14AB');
    });
  });
});
