import type { ApiClient } from '../api/api-client';
import type { ConsoleUser } from '../auth/console-user';
import type { FieldLabels } from '../forms/form-errors';
import type { FormBody, FormReader } from '../forms/form-values';

/** A case (a person's journey, a carer's) as the API gives it, as far as its forms need. */
export interface CaseRecord {
  id: string;
  stage: string;
  allowedSteps: string[];
  [field: string]: unknown;
}

/** A person's details as the API gives them, as far as the forms need. */
export interface PersonDetails extends CaseRecord {
  carePlan: { version: number; coordinatorId: string } | null;
  draftCarePlan: { version: number; coordinatorId: string } | null;
}

/** One form of the console: its page, its labels for error messages, and its request to the API. */
export interface FormPage<Case extends CaseRecord = PersonDetails> {
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
  toRequest(form: FormReader, record?: Case): Record<string, unknown>;
}

/** A step of a case: offered on its page (a person's, a carer's) when the workflow allows it now. */
export interface StepForm<Case extends CaseRecord = PersonDetails> extends FormPage<Case> {
  step: string;
  /**
   * Query parameters the form page carries on as hidden fields (the timeline entry it is about),
   * each standing for `:name` in apiPath; only digits are taken.
   */
  fromQuery?: string[];
  /** The link to the form on the person's page; `Record <title>` when not given. */
  action?: string;
  /** Below the case's API path (/participants/:id, /carers/:id); `:name` is a field of fromQuery. */
  apiPath: string;
  /** A form that replaces a record (contact preferences) rather than recording a step; POST when not given. */
  method?: 'PUT';
  /** The form's values from what the API holds (the preferences recorded), for a form that replaces them. */
  prefill?(api: ApiClient, user: ConsoleUser, caseId: string): Promise<FormBody>;
}
