import { COMMUNICATION_NEEDS } from '@ipc/domain';
import type { FormBody, FormReader } from '../forms/form-values';
import type { StepForm } from './form-page';

export interface PostalAddress {
  lines: string[];
  postcode: string;
}

/** An address typed as lines and a postcode; absent when both are left empty. */
export function postalAddressOf(form: FormReader): Partial<PostalAddress> | undefined {
  const lines = (form.text('addressLines') ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const postcode = form.text('postcode');
  return lines.length || postcode ? { lines, postcode } : undefined;
}

function addressValues(address: PostalAddress | null | undefined): FormBody {
  return address ? { addressLines: address.lines.join('\n'), postcode: address.postcode } : {};
}

/** The address's labels and anchors for its API paths (`postalAddress.lines`, or below `prefix`). */
export function addressFields(prefix = '') {
  const [address, lines, postcode] = ['postalAddress', 'postalAddress.lines', 'postalAddress.postcode'].map(
    (path) => `${prefix}${path}`,
  );
  return {
    labels: { [address]: 'Address', [lines]: 'Address', [postcode]: 'Postcode' },
    anchors: { [address]: '#addressLines', [lines]: '#addressLines', [postcode]: '#postcode' },
  };
}

const { labels: addressLabels, anchors: addressAnchors } = addressFields();

interface ContactPreferences {
  channel: string;
  format: string;
  language: string;
  email: string | null;
  phone: string | null;
  postalAddress: PostalAddress | null;
}

/** How the person wants reminders: the channel, its address, and their format and language. */
const contactPreferences: StepForm = {
  step: 'contact-preferences',
  apiPath: 'contact-preferences',
  method: 'PUT',
  title: 'How they want reminders',
  recorded: 'Their contact preferences are saved',
  view: 'contact-preferences.njk',
  labels: {
    channel: 'How they want reminders',
    format: 'Format',
    language: 'Language',
    email: 'Email address',
    phone: 'Mobile phone number',
    ...addressLabels,
  },
  anchors: { channel: '#', format: '#', ...addressAnchors },
  prefill: async (api, user, id) => {
    const stored = await api.find<ContactPreferences>(user, `/participants/${id}/contact-preferences`);
    if (!stored) return {};
    const { channel, format, language, email, phone, postalAddress } = stored;
    return { channel, format, language, email: email ?? '', phone: phone ?? '', ...addressValues(postalAddress) };
  },
  toRequest: (form) => ({
    channel: form.text('channel'),
    format: form.text('format'),
    language: form.text('language'),
    email: form.text('email'),
    phone: form.text('phone'),
    postalAddress: postalAddressOf(form),
  }),
};

interface PersonDetailsRecord {
  title: string | null;
  givenName: string | null;
  familyName: string | null;
  preferredName: string | null;
  postalAddress: PostalAddress | null;
  phones: { use: string; number: string }[];
  email: string | null;
  gpPracticeOdsCode: string | null;
  mainLanguage: string | null;
  interpreterNeeded: boolean;
  communicationNeeds: string[];
}

/**
 * Who the person is and how to reach them, with their communication needs: the API replaces the
 * details whole, so the form carries every field, filled with what is recorded.
 */
const contactDetails: StepForm = {
  step: 'contact-details',
  apiPath: 'details',
  method: 'PUT',
  title: 'Contact details and communication needs',
  recorded: 'Their contact details and communication needs are saved',
  view: 'contact-details.njk',
  labels: {
    title: 'Title',
    givenName: 'Given name',
    familyName: 'Family name',
    preferredName: 'Preferred name',
    ...addressLabels,
    phones: 'Phone numbers',
    'phones[].number': 'Phone number #',
    'phones[].use': 'What phone number # is',
    email: 'Email address',
    gpPracticeOdsCode: 'GP practice code',
    mainLanguage: 'Main language',
    interpreterNeeded: 'Whether they need an interpreter',
    communicationNeeds: 'Communication needs',
  },
  anchors: { ...addressAnchors, interpreterNeeded: '#', communicationNeeds: '#', 'phones[].use': '#' },
  rows: ['phones'],
  // The Accessible Information Standard's needs, listed subset by subset.
  context: async () => ({ communicationNeeds: COMMUNICATION_NEEDS }),
  prefill: async (api, user, id) => {
    const stored = await api.find<PersonDetailsRecord>(user, `/participants/${id}/details`);
    if (!stored) return {};
    const { postalAddress, phones, interpreterNeeded, communicationNeeds, ...text } = stored;
    return {
      ...Object.fromEntries(
        (
          ['title', 'givenName', 'familyName', 'preferredName', 'email', 'gpPracticeOdsCode', 'mainLanguage'] as const
        ).map((name) => [name, text[name] ?? '']),
      ),
      ...addressValues(postalAddress),
      phones: phones.map((phone) => ({ ...phone })),
      interpreterNeeded: interpreterNeeded ? 'yes' : 'no',
      communicationNeeds,
    };
  },
  toRequest: (form) => ({
    title: form.text('title'),
    givenName: form.text('givenName'),
    familyName: form.text('familyName'),
    preferredName: form.text('preferredName'),
    postalAddress: postalAddressOf(form),
    phones: form.rows('phones').map((_row, index) => ({
      use: form.text(`phones.${index}.use`),
      number: form.text(`phones.${index}.number`),
    })),
    email: form.text('email'),
    gpPracticeOdsCode: form.text('gpPracticeOdsCode'),
    mainLanguage: form.text('mainLanguage'),
    interpreterNeeded: form.yesNo('interpreterNeeded'),
    communicationNeeds: form.list('communicationNeeds'),
  }),
};

/** How to reach the person and what they need to communicate: offered on every person's page. */
export const CONTACT_FORMS: ReadonlyMap<string, StepForm> = new Map(
  [contactPreferences, contactDetails].map((form) => [form.step, form]),
);
