import type { ApiClient } from '../api/api-client';
import type { ConsoleUser } from '../auth/console-user';
import type { FieldLabels } from '../forms/form-errors';
import type { FormReader } from '../forms/form-values';

/** A person's details as the API gives them, as far as the forms need. */
export interface PersonDetails {
  id: string;
  stage: string;
  allowedSteps: string[];
  carePlan: { version: number; coordinatorId: string } | null;
  draftCarePlan: { version: number; coordinatorId: string } | null;
  [field: string]: unknown;
}

/** One form of the console: its page, its labels for error messages, and its request to the API. */
export interface FormPage {
  title: string;
  /** The message on the person's page once it is recorded; `<title> recorded` when not given. */
  recorded?: string;
  /** Template under views/forms/. */
  view: string;
  labels: FieldLabels;
  /** Fields whose first input is not the field's id, `#` standing for that id (`#-day`). */
  anchors?: Record<string, string>;
  /**
   * Repeated fieldsets (`supportItems[0][provider]`): blank rows are dropped before sending, and
   * "add another" and "remove" buttons re-render the form without sending it.
   */
  rows?: string[];
  /** What else the page shows besides the person (the teams a case can go to), read from the API. */
  context?(api: ApiClient, user: ConsoleUser): Promise<Record<string, unknown>>;
  /** The API request this form makes; the reader collects the console's own findings. */
  toRequest(form: FormReader, person?: PersonDetails): Record<string, unknown>;
}

/** A step of the journey: offered on a person's page when the workflow allows it now. */
export interface StepForm extends FormPage {
  step: string;
  /**
   * Query parameters the form page carries on as hidden fields (the timeline entry it is about),
   * each standing for `:name` in apiPath; only digits are taken.
   */
  fromQuery?: string[];
  /** The link to the form on the person's page; `Record <title>` when not given. */
  action?: string;
  /** Below /participants/:id; `:name` is a field of fromQuery. */
  apiPath: string;
}
