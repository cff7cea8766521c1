import type { StepForm } from './form-page';

/** Who holds the case: naming (or renaming) a person's care coordinator or community connector. */
const assignment: StepForm = {
  step: 'assignment',
  apiPath: 'assignment',
  title: 'Name a coordinator or connector',
  recorded: 'Who holds the case is recorded',
  view: 'assignment.njk',
  labels: {
    effectiveDate: 'Date it happened',
    role: 'Who you are naming',
    staffId: 'Their staff id',
    reason: 'Why',
  },
  anchors: { effectiveDate: '#-day', role: '#' },
  toRequest: (form) => ({
    role: form.text('role'),
    staffId: form.text('staffId'),
    reason: form.text('reason'),
    effectiveDate: form.date('effectiveDate'),
  }),
};

/** Giving the case to another team of the site; the people named stay until reassigned. */
const transfer: StepForm = {
  step: 'transfer',
  apiPath: 'transfer',
  title: 'Transfer to another team',
  recorded: 'The case is transferred',
  view: 'transfer.njk',
  labels: { effectiveDate: 'Date it happened', teamId: 'Team', reason: 'Why' },
  anchors: { effectiveDate: '#-day', teamId: '#' },
  context: async (api, user) => ({ siteTeams: await api.get<{ teams: string[] }>(user, '/site/teams') }),
  toRequest: (form) => ({
    teamId: form.text('teamId'),
    reason: form.text('reason'),
    effectiveDate: form.date('effectiveDate'),
  }),
};

/** Changes to who holds a case, offered on every open case's page whatever its stage. */
export const CASE_FORMS: ReadonlyMap<string, StepForm> = new Map(
  [assignment, transfer].map((form) => [form.step, form]),
);
