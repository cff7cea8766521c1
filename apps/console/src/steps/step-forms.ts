import type { FormReader } from '../forms/form-values';
import { BUDGET_AND_REVIEW_FORMS } from './budget-and-review-forms';
import type { StepForm } from './form-page';

const effectiveDate = { effectiveDate: 'Date it happened' };
const dateAnchor = { effectiveDate: '#-day' };

/** Every step's common field: when it happened, today when left empty. */
function withEffectiveDate(form: FormReader, request: Record<string, unknown>): Record<string, unknown> {
  return { ...request, effectiveDate: form.date('effectiveDate') };
}

const identification: StepForm = {
  step: 'identification',
  apiPath: 'identification',
  title: 'Identification',
  view: 'identification.njk',
  labels: {
    ...effectiveDate,
    eligible: 'Whether they are in a target cohort',
    ineligibleReason: 'Why they are not eligible',
    consentToShare: 'Consent to share and link data',
  },
  anchors: { ...dateAnchor, eligible: '#', consentToShare: '#' },
  toRequest: (form) =>
    withEffectiveDate(form, {
      eligible: form.yesNo('eligible'),
      ineligibleReason: form.yesNo('eligible') === false ? form.text('ineligibleReason') : undefined,
      consentToShare: form.yesNo('consentToShare'),
    }),
};

const offer: StepForm = {
  step: 'offer',
  apiPath: 'offer',
  title: 'Tailored offer',
  view: 'offer.njk',
  labels: {
    ...effectiveDate,
    informationFormat: 'Information format',
    language: 'Language',
    advocacy: 'Advocacy',
    advocacyDeclinedReason: 'Why they declined advocacy',
    communityConnectorId: 'Community connector',
    notes: 'Notes',
  },
  anchors: { ...dateAnchor, informationFormat: '#', advocacy: '#' },
  toRequest: (form) =>
    withEffectiveDate(form, {
      informationFormat: form.text('informationFormat'),
      language: form.text('language'),
      advocacy: form.text('advocacy'),
      advocacyDeclinedReason: form.text('advocacy') === 'declined' ? form.text('advocacyDeclinedReason') : undefined,
      communityConnectorId: form.text('communityConnectorId'),
      notes: form.text('notes'),
    }),
};

const guidedConversation: StepForm = {
  step: 'guided-conversation',
  apiPath: 'guided-conversation',
  title: 'Guided conversation',
  view: 'guided-conversation.njk',
  labels: {
    ...effectiveDate,
    whatMatters: 'What matters to the person',
    goals: 'Goals',
    'goals[].goal': 'Goal #',
    'goals[].actions': 'Actions for goal #',
    communityConnections: 'Community connections',
    peerSupport: 'Peer support',
    outcome: 'What happens next',
  },
  anchors: { ...dateAnchor, outcome: '#', peerSupport: '#' },
  toRequest: (form) => {
    const goal = form.text('goal');
    const lines = (path: string) =>
      (form.text(path) ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    return withEffectiveDate(form, {
      whatMatters: form.text('whatMatters'),
      goals: goal ? [{ goal, actions: lines('actions') }] : [],
      communityConnections: lines('communityConnections'),
      peerSupport: form.list('peerSupport'),
      referralsMade: [],
      carersIdentified: [],
      outcome: form.text('outcome'),
    });
  },
};

const activation: StepForm = {
  step: 'activation',
  apiPath: 'activation',
  title: 'Patient activation measure (PAM)',
  action: 'Record patient activation measure (PAM)',
  view: 'activation.njk',
  labels: {
    ...effectiveDate,
    score: 'PAM score',
    notMeasuredReason: 'Why activation is not measured',
    planningSupport: 'Planning support',
  },
  anchors: { ...dateAnchor, notMeasuredReason: '#', planningSupport: '#' },
  toRequest: (form) => {
    const score = form.number('score');
    return withEffectiveDate(form, {
      score,
      // Without a score, the reason and the support chosen instead; with one, the score decides.
      notMeasuredReason: score === undefined ? form.text('notMeasuredReason') : undefined,
      planningSupport: score === undefined ? form.text('planningSupport') : undefined,
    });
  },
};

const carePlan: StepForm = {
  step: 'care-plan',
  apiPath: 'care-plan',
  title: 'Care and support plan',
  view: 'care-plan.njk',
  labels: {
    ...effectiveDate,
    coordinatorId: 'Care coordinator',
    outcomes: 'Outcomes',
    'outcomes[].area': 'Outcome # area',
    'outcomes[].description': 'Outcome #',
    supportItems: 'Support',
    'supportItems[].description': 'Support item # description',
    'supportItems[].provider': 'Support item # provider',
    'supportItems[].annualCostPence': 'Support item # annual cost',
    risks: 'Risks',
    'risks[].description': 'Risk #',
    'risks[].approach': 'How risk # is managed',
    'contingency.contact': 'Contingency contact',
    'contingency.plan': 'Contingency plan',
  },
  anchors: { ...dateAnchor, 'outcomes[].area': '#' },
  rows: ['outcomes', 'supportItems'],
  toRequest: (form) =>
    withEffectiveDate(form, {
      coordinatorId: form.text('coordinatorId'),
      outcomes: form.rows('outcomes').map((_row, index) => ({
        area: form.text(`outcomes.${index}.area`),
        description: form.text(`outcomes.${index}.description`),
      })),
      supportItems: form.rows('supportItems').map((_row, index) => ({
        itemId: form.text(`supportItems.${index}.itemId`),
        description: form.text(`supportItems.${index}.description`),
        provider: form.text(`supportItems.${index}.provider`),
        annualCostPence: form.pence(`supportItems.${index}.annualCost`, `supportItems[${index}].annualCostPence`),
      })),
      involved: [],
      risks: form.text('risk') ? [{ description: form.text('risk'), approach: form.text('riskApproach') }] : [],
      contingency: { contact: form.text('contingency.contact'), plan: form.text('contingency.plan') },
    }),
};

const carePlanAgreement: StepForm = {
  step: 'care-plan-agreement',
  apiPath: 'care-plan/agreement',
  title: 'Agreement of the care and support plan',
  view: 'care-plan-agreement.njk',
  labels: { ...effectiveDate, planVersion: 'Plan version', note: 'How they agreed' },
  anchors: dateAnchor,
  toRequest: (form, person) =>
    withEffectiveDate(form, {
      planVersion: (person?.draftCarePlan ?? person?.carePlan)?.version,
      note: form.text('note'),
    }),
};

const closure: StepForm = {
  step: 'closure',
  apiPath: 'closure',
  title: 'Closure',
  view: 'closure.njk',
  labels: { ...effectiveDate, reason: 'Reason for closing', note: 'Note' },
  anchors: { ...dateAnchor, reason: '#' },
  toRequest: (form) => withEffectiveDate(form, { reason: form.text('reason'), note: form.text('note') }),
};

/** The steps the console has a form for, by the workflow's step name. */
export const STEP_FORMS: ReadonlyMap<string, StepForm> = new Map(
  [
    identification,
    offer,
    guidedConversation,
    activation,
    carePlan,
    carePlanAgreement,
    ...BUDGET_AND_REVIEW_FORMS,
    closure,
  ].map((form) => [form.step, form]),
);
