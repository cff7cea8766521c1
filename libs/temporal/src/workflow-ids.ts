/** Workflow ids come from the business key, so a second start finds the journey already running. */
export function journeyWorkflowId(participantId: string): string {
  return `journey-${participantId}`;
}

/** One workflow per carer, whatever number of people they care for. */
export function carerWorkflowId(carerId: string): string {
  return `carer-${carerId}`;
}
