import type { StepForm } from './form-page';
import { finalBudget } from './final-budget-form';

const effectiveDate = { effectiveDate: 'Date it happened' };
const dateAnchor = { effectiveDate: '#-day' };

/** The Individual Statement of Resources (ISR): the indicative budget from the site's allocation. */
const indicativeBudget: StepForm = {
  step: 'indicative-budget',
  apiPath: 'budget/indicative',
  title: 'Individual Statement of Resources (ISR)',
  action: 'Issue the Individual Statement of Resources (ISR)',
  recorded: 'The Individual Statement of Resources (ISR) is issued',
  view: 'indicative-budget.njk',
  labels: { ...effectiveDate, needBand: 'Level of need', contributionPence: 'Their assessed contribution' },
  anchors: { ...dateAnchor, needBand: '#' },
  toRequest: (form) => ({
    needBand: form.text('needBand'),
    contributionPence: form.pence('contribution', 'contributionPence') ?? 0,
    effectiveDate: form.date('effectiveDate'),
  }),
};

/** The person chooses their plan without a personal budget. */
const budgetDecline: StepForm = {
  step: 'budget-decline',
  apiPath: 'budget/decline',
  title: 'Plan without a personal budget',
  action: 'Record that they decline a personal budget',
  recorded: 'The plan goes ahead without a personal budget',
  view: 'budget-decline.njk',
  labels: { ...effectiveDate, reason: 'Why they declined a personal budget' },
  anchors: dateAnchor,
  toRequest: (form) => ({ reason: form.text('reason'), effectiveDate: form.date('effectiveDate') }),
};

/** Consent to a direct payment withdrawn: that part stops from the date and becomes notional. */
const directPaymentWithdrawal: StepForm = {
  step: 'direct-payment-withdrawal',
  apiPath: 'budget/direct-payment-withdrawal',
  title: 'Direct payment withdrawn',
  action: 'Record that consent to a direct payment is withdrawn',
  recorded: 'The direct payment stops: that part of the budget is now notional',
  view: 'direct-payment-withdrawal.njk',
  labels: { ...effectiveDate, partId: 'The direct payment', reason: 'Why consent was withdrawn' },
  anchors: { ...dateAnchor, partId: '#' },
  toRequest: (form) => ({
    partId: form.text('partId'),
    reason: form.text('reason'),
    effectiveDate: form.date('effectiveDate'),
  }),
};

/** A review held: who took part and what happens next. */
const review: StepForm = {
  step: 'review',
  apiPath: 'reviews',
  title: 'Review',
  view: 'review.njk',
  labels: {
    ...effectiveDate,
    outcome: 'What happens next',
    attendees: 'Who took part',
    closureReason: 'Why the journey closes',
    notes: 'Notes',
  },
  anchors: { ...dateAnchor, outcome: '#', attendees: '#', closureReason: '#' },
  toRequest: (form) => ({
    outcome: form.text('outcome'),
    attendees: form.list('attendees').map((role) => ({ role })),
    closureReason: form.text('outcome') === 'close' ? form.text('closureReason') : undefined,
    notes: form.text('notes'),
    effectiveDate: form.date('effectiveDate'),
  }),
};

/** A review asked for before it is due (a crisis, a hospital stay, the person asking). */
const reviewRequest: StepForm = {
  step: 'review-request',
  apiPath: 'review-requests',
  title: 'Ask for an early review',
  action: 'Ask for an early review',
  recorded: 'An early review is asked for',
  view: 'review-request.njk',
  labels: { ...effectiveDate, reason: 'Why a review is needed now', note: 'Note' },
  anchors: { ...dateAnchor, reason: '#' },
  toRequest: (form) => ({
    reason: form.text('reason'),
    note: form.text('note'),
    effectiveDate: form.date('effectiveDate'),
  }),
};

export const BUDGET_AND_REVIEW_FORMS: StepForm[] = [
  indicativeBudget,
  finalBudget,
  budgetDecline,
  directPaymentWithdrawal,
  review,
  reviewRequest,
];
