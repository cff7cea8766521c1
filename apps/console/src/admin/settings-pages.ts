import { COHORTS, NEED_BANDS, REVIEW_TRIGGERS, STALLABLE_STAGES, STATEMENT_CYCLES } from '@ipc/domain';
import type { FormPage } from '../steps/form-page';
import { humanise } from '../views/formats';
import { type SettingFields, settingLabels, settingRequest } from './settings-form';

/** A site setting an administrator views and replaces: the API's GET and PUT of one path. */
export interface SettingsPage extends FormPage {
  slug: string;
  /** What the setting decides, for the list of settings and the top of its page. */
  summary: string;
  apiPath: string;
  fields: SettingFields;
}

function settingsPage(page: Omit<SettingsPage, 'view' | 'labels' | 'rows' | 'toRequest'>): SettingsPage {
  return {
    ...page,
    view: 'settings.njk',
    labels: settingLabels(page.fields),
    rows: Object.entries(page.fields).flatMap(([key, field]) => (field.kind === 'rows' ? [key] : [])),
    toRequest: (form) => settingRequest(page.fields, form),
  };
}

const byFunder = (kind: 'pence' | 'integer', hint?: string): SettingFields => ({
  nhs: { kind, label: 'NHS', hint },
  socialCare: { kind, label: 'Social care', hint },
  education: { kind, label: 'Education', hint },
});

const BASIS_POINTS_HINT = 'In basis points: 10000 is 100%, 2500 is 25%';

const resourceAllocation = settingsPage({
  slug: 'resource-allocation',
  apiPath: '/site/resource-allocation',
  title: 'Resource allocation',
  recorded: 'The resource allocation is saved',
  summary:
    'Reference costs by cohort and level of need, the share of each funder that is a personal budget, community services, when a final budget needs approval, and the statement cycle.',
  fields: {
    referenceCosts: {
      kind: 'rows',
      label: 'Reference costs',
      itemLabel: 'Reference cost',
      fields: {
        cohort: { kind: 'choice', label: 'Cohort', options: COHORTS },
        needBand: { kind: 'choice', label: 'Level of need', options: NEED_BANDS },
        annualPence: { kind: 'group', label: 'Average a year', fields: byFunder('pence') },
      },
    },
    personalBudgetShareBasisPoints: {
      kind: 'group',
      label: 'Share that is a personal budget',
      fields: byFunder('integer', BASIS_POINTS_HINT),
    },
    communityServices: { kind: 'lines', label: 'Community services', hint: 'One a line' },
    varianceThresholdBasisPoints: {
      kind: 'integer',
      label: 'Approval threshold',
      hint: `A final budget this far above the indicative one needs approval. ${BASIS_POINTS_HINT}`,
    },
    statementCycle: { kind: 'choice', label: 'Statement cycle', options: STATEMENT_CYCLES },
  },
});

const reviewRules = settingsPage({
  slug: 'review-rules',
  apiPath: '/site/review-rules',
  title: 'Review rules',
  recorded: 'The review rules are saved',
  summary: 'When a first review falls due after each kind of plan or funding, and how often reviews follow.',
  fields: {
    rules: {
      kind: 'rows',
      label: 'Rules',
      itemLabel: 'Rule',
      fields: {
        id: { kind: 'text', label: 'Name', hint: 'For example personal-health-budget' },
        appliesTo: { kind: 'choice', label: 'Applies to', options: REVIEW_TRIGGERS },
        firstAfter: {
          kind: 'group',
          label: 'First review after',
          fields: {
            weeks: { kind: 'integer', label: 'Weeks' },
            months: { kind: 'integer', label: 'Months' },
          },
        },
        thenEveryMonths: { kind: 'integer', label: 'Then every (months)' },
        underFiveEveryMonths: {
          kind: 'integer',
          label: 'For a child under five, every (months)',
          hint: 'An EHC plan only: 3 to 6',
        },
      },
    },
  },
});

const siteSettings = settingsPage({
  slug: 'site-settings',
  apiPath: '/programme/site-settings',
  title: 'Population and expected rates',
  recorded: 'The site settings are saved',
  summary:
    'The population the programme serves, the characteristics recorded beyond the built-in ones, and the expected numbers per 1,000 the dashboard compares against.',
  fields: {
    population: { kind: 'integer', label: 'Population' },
    expectedPer1000: {
      kind: 'group',
      label: 'Expected per 1,000 people',
      fields: {
        ipcCohort: { kind: 'number', label: 'In the IPC cohort', hint: 'Leave empty for the programme’s default' },
        carePlan: { kind: 'number', label: 'With a care plan', hint: 'Leave empty for the programme’s default' },
        personalBudget: { kind: 'number', label: 'With a personal budget' },
        personalHealthBudget: { kind: 'number', label: 'With a personal health budget' },
      },
    },
    characteristics: {
      kind: 'rows',
      label: 'Characteristics your site records',
      itemLabel: 'Characteristic',
      fields: {
        key: { kind: 'text', label: 'Code', hint: 'For example religion-or-belief' },
        values: { kind: 'lines', label: 'Answers', hint: 'One a line, for example none' },
      },
    },
  },
});

const outcomeMeasures = settingsPage({
  slug: 'outcome-measures',
  apiPath: '/site/outcome-measures',
  title: 'Outcome measures',
  recorded: 'The outcome measures are saved',
  summary:
    'The cohorts whose activation (PAM) is measured, and the quality-of-life instruments recorded at planning and reviews.',
  fields: {
    activationCohorts: { kind: 'choices', label: 'Cohorts whose activation is measured', options: COHORTS },
    qualityOfLifeInstruments: {
      kind: 'rows',
      label: 'Quality-of-life instruments',
      itemLabel: 'Instrument',
      fields: {
        instrument: { kind: 'text', label: 'Instrument', hint: 'For example EQ-5D-5L' },
        version: { kind: 'text', label: 'Version' },
        minimum: { kind: 'number', label: 'Lowest score' },
        maximum: { kind: 'number', label: 'Highest score' },
      },
    },
  },
});

const worklistThresholds = settingsPage({
  slug: 'worklist-thresholds',
  apiPath: '/site/worklist-thresholds',
  title: 'Worklist thresholds',
  recorded: 'The worklist thresholds are saved',
  summary: 'How many days put a case on each of the teams’ worklists.',
  fields: {
    consentWaitDays: { kind: 'integer', label: 'Waiting for consent longer than (days)' },
    stalledDays: {
      kind: 'group',
      label: 'No step for this many days, by stage',
      fields: Object.fromEntries(STALLABLE_STAGES.map((stage) => [stage, { kind: 'integer', label: humanise(stage) }])),
    },
    budgetDecisionDays: { kind: 'integer', label: 'An agreed plan without a budget decision after (days)' },
    reviewsDueWithinDays: { kind: 'integer', label: 'Reviews falling due within (days)' },
    carerTransitionWithinDays: { kind: 'integer', label: 'Carers’ transition points within (days)' },
  },
});

/** The site settings pages, in the order the list shows them. */
export const SETTINGS_PAGES: ReadonlyMap<string, SettingsPage> = new Map(
  [resourceAllocation, reviewRules, siteSettings, outcomeMeasures, worklistThresholds].map((page) => [page.slug, page]),
);
