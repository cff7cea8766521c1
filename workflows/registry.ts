// The worker's workflow bundle entry: every workflow type the worker serves.
export { journeyWorkflow } from './journey/journey.workflow';
export { carerWorkflow } from './carer/carer.workflow';
