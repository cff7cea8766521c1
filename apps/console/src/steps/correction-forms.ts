import type { StepForm } from './form-page';

/** The last step marked entered in error: the journey steps back to where it was before it. */
const enteredInError: StepForm = {
  step: 'entered-in-error',
  apiPath: 'timeline/:entry/entered-in-error',
  fromQuery: ['entry'],
  title: 'Mark the last step entered in error',
  recorded: 'The step is marked entered in error and the journey has stepped back',
  view: 'entered-in-error.njk',
  labels: { reason: 'Why it was entered in error' },
  toRequest: (form) => ({ reason: form.text('reason') }),
};

/** A journey closed in error, opened again at the stage it was closed from. */
const reopen: StepForm = {
  step: 'reopen',
  apiPath: 'reopen',
  title: 'Reopen the journey',
  recorded: 'The journey is open again',
  view: 'reopen.njk',
  labels: { reason: 'Why it was closed in error' },
  toRequest: (form) => ({ reason: form.text('reason') }),
};

/** Putting the record right: offered on the person's page where they apply. */
export const CORRECTION_FORMS: ReadonlyMap<string, StepForm> = new Map(
  [enteredInError, reopen].map((form) => [form.step, form]),
);
