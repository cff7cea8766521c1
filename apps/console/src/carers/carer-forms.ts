import type { FormReader } from '../forms/form-values';
import type { CaseRecord, StepForm } from '../steps/form-page';

/** A carer as the API gives them, as far as their page and forms need. */
export interface CarerRecord extends CaseRecord {
  kind: string;
  contact: { name: string };
}

const effectiveDate = { effectiveDate: 'Date it happened' };
const dateAnchor = { effectiveDate: '#-day' };

function withEffectiveDate(form: FormReader, request: Record<string, unknown>): Record<string, unknown> {
  return { ...request, effectiveDate: form.date('effectiveDate') };
}

const assessmentOffer: StepForm<CarerRecord> = {
  step: 'assessment-offer',
  apiPath: 'assessment-offer',
  title: "Offer a carer's assessment",
  action: "Offer a carer's assessment",
  recorded: "A carer's assessment is offered",
  view: 'carer-assessment-offer.njk',
  labels: { ...effectiveDate, method: 'How the assessment is done', assessorId: 'Assessor', notes: 'Notes' },
  anchors: { ...dateAnchor, method: '#' },
  toRequest: (form) =>
    withEffectiveDate(form, {
      method: form.text('method'),
      assessorId: form.text('assessorId'),
      notes: form.text('notes'),
    }),
};

const assessment: StepForm<CarerRecord> = {
  step: 'assessment',
  apiPath: 'assessment',
  title: "Carer's assessment",
  recorded: "The carer's assessment is recorded",
  view: 'carer-assessment.njk',
  labels: {
    ...effectiveDate,
    outcome: 'Whether the assessment was done',
    eligibleNeeds: 'Whether they have eligible needs',
    caringChoice: 'How much care they choose to give',
    declineReason: 'Why they declined',
    notes: 'Notes',
  },
  anchors: { ...dateAnchor, outcome: '#', eligibleNeeds: '#', caringChoice: '#' },
  toRequest: (form) => {
    const completed = form.text('outcome') === 'completed';
    return withEffectiveDate(form, {
      outcome: form.text('outcome'),
      eligibleNeeds: completed ? form.yesNo('eligibleNeeds') : undefined,
      caringChoice: completed ? form.text('caringChoice') : undefined,
      declineReason: form.text('outcome') === 'declined' ? form.text('declineReason') : undefined,
      notes: form.text('notes'),
    });
  },
};

const lines = (form: FormReader, path: string) =>
  (form.text(path) ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const supportPlan: StepForm<CarerRecord> = {
  step: 'support-plan',
  apiPath: 'support-plan',
  title: "Carer's support plan",
  recorded: "The carer's support plan is saved",
  view: 'carer-support-plan.njk',
  labels: {
    ...effectiveDate,
    coordinatorId: 'Coordinator',
    outcomes: 'What matters to the carer',
    supportItems: 'Support',
    'supportItems[].description': 'Support item # description',
    'supportItems[].provider': 'Support item # provider',
    'supportItems[].annualCostPence': 'Support item # annual cost',
    notes: 'Notes',
  },
  anchors: dateAnchor,
  rows: ['supportItems'],
  toRequest: (form) =>
    withEffectiveDate(form, {
      coordinatorId: form.text('coordinatorId'),
      outcomes: lines(form, 'outcomes'),
      supportItems: form.rows('supportItems').map((_row, index) => ({
        itemId: form.text(`supportItems.${index}.itemId`),
        description: form.text(`supportItems.${index}.description`),
        provider: form.text(`supportItems.${index}.provider`),
        annualCostPence: form.pence(`supportItems.${index}.annualCost`, `supportItems[${index}].annualCostPence`),
      })),
      notes: form.text('notes'),
    }),
};

const carerBudget: StepForm<CarerRecord> = {
  step: 'carer-budget',
  apiPath: 'budget',
  title: "Carer's budget",
  action: "Set the carer's budget",
  recorded: "The carer's budget is set",
  view: 'carer-budget.njk',
  labels: {
    ...effectiveDate,
    amountPence: 'Amount a year',
    purpose: 'What it is for',
    reason: 'Why it is reduced',
    notes: 'Notes',
  },
  anchors: { ...dateAnchor, amountPence: '#amount' },
  toRequest: (form) =>
    withEffectiveDate(form, {
      amountPence: form.pence('amount', 'amountPence'),
      purpose: form.text('purpose'),
      reason: form.text('reason'),
      notes: form.text('notes'),
    }),
};

const review: StepForm<CarerRecord> = {
  step: 'review',
  apiPath: 'reviews',
  title: "Review of the carer's support",
  action: "Record a review of the carer's support",
  recorded: "The review of the carer's support is recorded",
  view: 'carer-review.njk',
  labels: {
    ...effectiveDate,
    outcome: 'What happens next',
    caringChoice: 'How much care they now choose to give',
    notes: 'Notes',
  },
  anchors: { ...dateAnchor, outcome: '#', caringChoice: '#' },
  toRequest: (form) =>
    withEffectiveDate(form, {
      outcome: form.text('outcome'),
      caringChoice: form.text('caringChoice'),
      notes: form.text('notes'),
    }),
};

const schoolMove: StepForm<CarerRecord> = {
  step: 'school-move',
  apiPath: 'school-moves',
  title: 'School move',
  action: 'Record a school move',
  recorded: 'The school move is recorded',
  view: 'carer-school-move.njk',
  labels: {
    ...effectiveDate,
    movesOn: 'Date of the move',
    ehcPlanTransfer: 'Whether it is a phase transfer under an EHC plan',
    notes: 'Notes',
  },
  anchors: { ...dateAnchor, movesOn: '#-day', ehcPlanTransfer: '#' },
  toRequest: (form) =>
    withEffectiveDate(form, {
      movesOn: form.date('movesOn'),
      ehcPlanTransfer: form.text('ehcPlanTransfer'),
      notes: form.text('notes'),
    }),
};

const closure: StepForm<CarerRecord> = {
  step: 'closure',
  apiPath: 'closure',
  title: "Close the carer's record",
  action: "Close the carer's record",
  recorded: "The carer's record is closed",
  view: 'carer-closure.njk',
  labels: { ...effectiveDate, reason: 'Why it closes', note: 'Note' },
  anchors: { ...dateAnchor, reason: '#' },
  toRequest: (form) => withEffectiveDate(form, { reason: form.text('reason'), note: form.text('note') }),
};

/** The carer's steps the console has a form for, by the carer workflow's step name. */
export const CARER_FORMS: ReadonlyMap<string, StepForm<CarerRecord>> = new Map(
  [assessmentOffer, assessment, supportPlan, carerBudget, review, schoolMove, closure].map((form) => [form.step, form]),
);
