import { dateParts, type FormBody, type FormReader } from '../forms/form-values';
import type { StepForm } from './form-page';

/** A budget as the API records it (the person's `budget`), as far as the form shows it again. */
export interface RecordedBudget {
  totalPence: number;
  byFunder: { nhs: number; socialCare: number; education: number };
  contributionPence: number;
  parts: {
    partId: string;
    deployment: string;
    amountPence: number;
    holder: { type: string; reference: string } | null;
    directPayment: { consentGivenOn: string; supportOffered: boolean } | null;
  }[];
}

/** Pence as the amount a person would type: 150050 → "1500.50". */
const typedPounds = (pence: number) => (pence / 100).toFixed(2);

/**
 * The form's values from the budget in force, so a revision starts from it and each part keeps
 * its id (the same direct payment stays the same part).
 */
export function budgetValues(budget: RecordedBudget | null | undefined): FormBody {
  if (!budget) return {};
  return {
    total: typedPounds(budget.totalPence),
    fundingStreams: {
      nhs: typedPounds(budget.byFunder.nhs),
      socialCare: typedPounds(budget.byFunder.socialCare),
      education: typedPounds(budget.byFunder.education),
    },
    contribution: typedPounds(budget.contributionPence),
    parts: budget.parts.map((part) => ({
      partId: part.partId,
      deployment: part.deployment,
      amount: typedPounds(part.amountPence),
      holderType: part.holder?.type ?? '',
      holderReference: part.holder?.reference ?? '',
      consentGivenOn: dateParts(part.directPayment?.consentGivenOn),
      supportOffered: part.directPayment?.supportOffered ? ['yes'] : [],
    })),
  };
}

/** A part row as posted (`parts[0][amount]`): a holder only when one is named, a direct payment's details only for one. */
function budgetPart(form: FormReader, index: number): Record<string, unknown> {
  const at = `parts.${index}`;
  const deployment = form.text(`${at}.deployment`);
  const holderType = form.text(`${at}.holderType`);
  const holderReference = form.text(`${at}.holderReference`);
  return {
    partId: form.text(`${at}.partId`),
    deployment,
    amountPence: form.pence(`${at}.amount`, `parts[${index}].amountPence`),
    holder: holderType || holderReference ? { type: holderType, reference: holderReference } : undefined,
    directPayment:
      deployment === 'direct-payment'
        ? {
            consentGivenOn: form.date(`${at}.consentGivenOn`, `parts[${index}].directPayment.consentGivenOn`),
            supportOffered: form.list(`${at}.supportOffered`).includes('yes'),
          }
        : undefined,
  };
}

/**
 * The final budget: the total (the plan's cost), each funder's share and the person's contribution,
 * and its parts, each deployed its own way (a direct payment, a third party, an individual service
 * fund, or notional). "Add another part" re-renders the form with a further row, no JavaScript needed.
 * Revising a budget in year starts from the one in force.
 */
export const finalBudget: StepForm = {
  step: 'budget',
  apiPath: 'budget',
  title: 'Personal budget',
  action: 'Set the personal budget',
  recorded: 'The personal budget is set',
  view: 'budget.njk',
  labels: {
    effectiveDate: 'Date it happened',
    totalPence: 'Total budget',
    fundingStreams: 'The funders’ shares',
    'fundingStreams.nhs': 'NHS share',
    'fundingStreams.socialCare': 'Social care share',
    'fundingStreams.education': 'Education share',
    contributionPence: 'Their contribution',
    approvedBy: 'Budget approval:',
    parts: 'The parts',
    'parts[].deployment': 'Part # – how it is spent',
    'parts[].amountPence': 'Part # amount',
    'parts[].holder': 'Part # holder',
    'parts[].holder.type': 'Part # – who holds it',
    'parts[].holder.reference': 'Part # holder’s name',
    'parts[].directPayment': 'Part # direct payment details',
    'parts[].directPayment.consentGivenOn': 'Part # date they consented',
    'parts[].directPayment.supportOffered': 'Part # direct payment support',
    reason: 'Why the budget is revised',
  },
  anchors: {
    effectiveDate: '#-day',
    approvedBy: 'totalPence',
    'parts[].holder.type': '#',
    'parts[].directPayment': '#-consentGivenOn-day',
    'parts[].directPayment.consentGivenOn': '#-day',
  },
  rows: ['parts'],
  prefill: async (api, user, id) =>
    budgetValues((await api.get<{ budget?: RecordedBudget | null }>(user, `/participants/${id}`)).budget),
  toRequest: (form, person) => ({
    totalPence: form.pence('total', 'totalPence'),
    fundingStreams: {
      nhs: form.pence('fundingStreams.nhs') ?? 0,
      socialCare: form.pence('fundingStreams.socialCare') ?? 0,
      education: form.pence('fundingStreams.education') ?? 0,
    },
    contributionPence: form.pence('contribution', 'contributionPence') ?? 0,
    parts: form.rows('parts').map((_row, index) => budgetPart(form, index)),
    reason: person?.budget ? form.text('reason') : undefined,
    effectiveDate: form.date('effectiveDate'),
  }),
};
