import {
  type AnyCarerStep,
  applyCarerStep,
  assertCarerStepAllowed,
  type CarerEscalation,
  type CarerState,
  type CarerTransitionPoint,
  type CarerView,
  compactCarerState,
  IllegalCarerStepError,
  markCarerEscalated,
  type NewCarer,
  noticeCarerTransition,
  pendingCarerEscalations,
  pendingCarerTransitions,
  startCarer,
  viewCarer,
} from '@ipc/domain';
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import type { CarerActivities } from './carer.activities';
import { carerQuery, recordCarerStepUpdate } from './carer.messages';
import { RECORDING_ACTIVITY_OPTIONS, runLocallyFrom, untilNextEvent } from '../durable-timing';
import { stepValidator } from '../step-failures';

const { recordCarerStep, carerTransitionDue, carerTransitionOverdue } =
  proxyActivities<CarerActivities>(RECORDING_ACTIVITY_OPTIONS);
const local = proxyLocalActivities<CarerActivities>(RECORDING_ACTIVITY_OPTIONS);
/** From here on, a carer's steps are recorded by a local activity; carers recorded before replay the regular one. */
const recordStep = runLocallyFrom('carer-steps-recorded-locally', recordCarerStep, local.recordCarerStep);

/** Carers recorded before overdue transition points were escalated replay without escalations. */
const TRANSITION_ESCALATIONS_PATCH = 'carer-transition-escalations';
/**
 * From here on, a carer's timer is restarted only when a step changes what is due (as a journey's):
 * carers recorded before replay a restart after every step.
 */
const TIMETABLE_WAKE_PATCH = 'carer-wakes-on-timetable';

/**
 * A newly registered carer, or a carer carried into a new run after their annual health check.
 * The input holds ids, codes and dates only. A carer's date of birth (and a parent carer's child's)
 * is personal data: it stays in Postgres, and the API passes only the dates derived from it
 * (`milestones.turns18On`, `childTurns14On`, `childTurns18On`), which are what the timers need.
 */
export type CarerInput = NewCarer | { resume: CarerState };

const isIllegalCarerStep = (error: unknown) => error instanceof IllegalCarerStepError;

type CarerDueEvent = { on: string } & ({ transition: CarerTransitionPoint } | { escalation: CarerEscalation });

/**
 * What the carer's timer waits for: each transition point on its reminder date and, with
 * escalations, each point overdue; on a tie the point is noticed before an escalation is sent.
 */
function carerTimetable(state: CarerState, escalations: boolean): CarerDueEvent[] {
  return [
    ...pendingCarerTransitions(state).map((transition) => ({ on: transition.remindOn, transition })),
    ...(escalations ? pendingCarerEscalations(state).map((escalation) => ({ on: escalation.on, escalation })) : []),
  ];
}

/**
 * One carer, supported in their own right, from identification until closure: the assessment
 * offered, done or declined, a support plan, a small carer budget and reviews, as updates validated
 * before they enter history. A durable timer notices each transition point (a young carer nearing
 * 18, a school move, a parent carer's child reaching 14 and 18, the annual health check) on its
 * reminder date, exactly once; after each health check the carer continues as new, so the history
 * stays small however many years they care.
 */
export async function carerWorkflow(input: CarerInput): Promise<CarerView> {
  let state = 'resume' in input ? input.resume : startCarer(input);
  const closed = () => state.stage === 'closed';

  setHandler(carerQuery, () => viewCarer(state));
  setHandler(
    recordCarerStepUpdate,
    async (step) => {
      const fromStage = state.stage;
      state = applyCarerStep(state, step);
      const carer = viewCarer(state);
      await recordStep({ step, fromStage, carer });
      return carer;
    },
    { validator: stepValidator((step: AnyCarerStep) => assertCarerStepAllowed(state, step), isIllegalCarerStep) },
  );

  while (!closed()) {
    const escalations = patched(TRANSITION_ESCALATIONS_PATCH);
    const sequence = state.sequence;
    const replanWhen = patched(TIMETABLE_WAKE_PATCH) ? closed : () => closed() || state.sequence !== sequence;
    const due = await untilNextEvent(() => carerTimetable(state, escalations), replanWhen);
    if (!due) continue;

    if ('escalation' in due) {
      const overdue = due.escalation;
      state = markCarerEscalated(state, overdue);
      await carerTransitionOverdue({
        carerId: state.carerId,
        siteId: state.siteId,
        transition: overdue.kind,
        dueOn: overdue.dueOn,
        escalateOn: overdue.on,
        afterDays: overdue.afterDays,
      });
      continue;
    }
    const next = due.transition;
    state = noticeCarerTransition(state, next);
    await carerTransitionDue({
      carerId: state.carerId,
      siteId: state.siteId,
      transition: next.kind,
      dueOn: next.dueOn,
      remindOn: next.remindOn,
      revision: state.revision,
      nextTransitionOn: pendingCarerTransitions(state)[0]?.dueOn ?? null,
    });
    if (next.kind === 'annual-health-check') {
      await condition(allHandlersFinished);
      await continueAsNew<typeof carerWorkflow>({ resume: compactCarerState(state) });
    }
  }

  await condition(allHandlersFinished);
  return viewCarer(state);
}
