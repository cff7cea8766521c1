import type { CaseRecord, StepForm } from './form-page';

/** The links a case's page offers: a form for each step its workflow allows now. */
export function stepActions<Case extends CaseRecord>(
  allowedSteps: readonly string[],
  forms: ReadonlyMap<string, StepForm<Case>>,
): { step: string; text: string }[] {
  return allowedSteps.flatMap((step) => {
    const form = forms.get(step);
    return form ? [{ step, text: form.action ?? `Record ${form.title.toLowerCase()}` }] : [];
  });
}
