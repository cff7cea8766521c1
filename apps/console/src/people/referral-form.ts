import type { FormPage } from '../steps/form-page';

/** A referral: starts a person's journey. */
export const REFERRAL_FORM: FormPage = {
  title: 'Refer a person',
  view: 'referral.njk',
  labels: {
    nhsNumber: 'NHS number',
    dateOfBirth: 'Date of birth',
    cohort: 'Cohort',
    referralSource: 'Where the referral came from',
    referredOn: 'Date of referral',
    teamId: 'Team',
  },
  anchors: { dateOfBirth: '#-day', referredOn: '#-day', cohort: '#', referralSource: '#' },
  toRequest: (form) => ({
    nhsNumber: form.text('nhsNumber'),
    dateOfBirth: form.date('dateOfBirth'),
    cohort: form.text('cohort'),
    referralSource: form.text('referralSource'),
    referredOn: form.date('referredOn'),
  }),
};
