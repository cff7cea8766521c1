import { CARER_KINDS, CARER_RELATIONSHIPS } from '@ipc/domain';
import type { FormPage } from '../steps/form-page';
import { addressFields, postalAddressOf } from '../steps/contact-forms';

const address = addressFields('contact.');

/**
 * A carer identified for a person: registered in their own right (their own workflow, reminders
 * and record), then linked to the person they care for.
 */
export const CARER_REGISTRATION: FormPage = {
  title: 'Record a carer',
  recorded: 'The carer is recorded and linked to the person they care for',
  view: 'carer-registration.njk',
  labels: {
    kind: 'Kind of carer',
    relationship: 'What they are to the person',
    dateOfBirth: 'Date of birth',
    childDateOfBirth: 'Their child’s date of birth',
    identifiedOn: 'Date they were identified',
    'contact.name': 'Name',
    'contact.email': 'Email address',
    'contact.phone': 'Phone number',
    ...address.labels,
    'preferences.channel': 'How they want reminders',
    'preferences.format': 'Format',
    'preferences.language': 'Language',
    'preferences.notes': 'When and how to contact them',
  },
  anchors: {
    kind: '#',
    dateOfBirth: '#-day',
    childDateOfBirth: '#-day',
    identifiedOn: '#-day',
    ...address.anchors,
    'preferences.channel': '#',
    'preferences.format': '#',
  },
  context: async () => ({ kinds: CARER_KINDS, relationships: CARER_RELATIONSHIPS }),
  toRequest: (form) => ({
    kind: form.text('kind'),
    relationship: form.text('relationship'),
    dateOfBirth: form.date('dateOfBirth'),
    childDateOfBirth: form.text('kind') === 'parent-carer' ? form.date('childDateOfBirth') : undefined,
    identifiedOn: form.date('identifiedOn'),
    contact: {
      name: form.text('contact.name'),
      email: form.text('contact.email'),
      phone: form.text('contact.phone'),
      postalAddress: postalAddressOf(form),
    },
    preferences: {
      channel: form.text('preferences.channel'),
      format: form.text('preferences.format'),
      language: form.text('preferences.language'),
      notes: form.text('preferences.notes'),
    },
  }),
};
