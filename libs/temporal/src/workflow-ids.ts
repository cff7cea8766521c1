/** Workflow ids come from the business key, so a second start finds the journey already running. */
export function journeyWorkflowId(participantId: string): string {
  return `journey-${participantId}`;
}
