import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import { rebuildCarer, rebuildJourney, RecordDisagreesError } from '@ipc/domain';
import { CaseRecoveryRepository, type OpenCase } from '@ipc/persistence';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { carerCase, type CaseKindName as CaseKind, journeyCase } from '../cases/case-kind';
import { CaseWorkflowClient } from '../cases/case-workflow.client';

/** What Temporal has for a case: its workflow running, none at all, or one that has ended. */
export type WorkflowPresence = 'running' | 'missing' | 'ended';

export interface StrandedCase extends OpenCase {
  workflowId: string;
  workflow: Exclude<WorkflowPresence, 'running'>;
}

export type RecoveryOutcome =
  | (StrandedCase & { outcome: 'rebuilt'; stage: string; sequence: number })
  | (StrandedCase & { outcome: 'refused'; reason: string });

/** Describes this many workflows at a time while looking for stranded cases. */
const DESCRIBE_CONCURRENCY = 8;

const workflowIdOf = (kind: CaseKind, id: string) => (kind === 'journey' ? journeyCase : carerCase).workflowId(id);

/**
 * Finds the journeys and carers PostgreSQL holds open whose workflow is missing or has ended, and
 * rebuilds each from its record: the state replayed with the domain's rules over the recorded steps,
 * the workflow started again from that state (the input a yearly continue-as-new uses), so no step
 * is applied or recorded again and the timers ask only for what is still ahead.
 */
@Injectable()
export class CaseRecoveryService {
  private readonly logger = new Logger(CaseRecoveryService.name);

  constructor(
    @Inject(CaseRecoveryRepository) private readonly records: CaseRecoveryRepository,
    @Inject(Client) private readonly client: Client,
    private readonly workflows: CaseWorkflowClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async presence(kind: CaseKind, id: string): Promise<WorkflowPresence> {
    try {
      const description = await this.client.workflow.getHandle(workflowIdOf(kind, id)).describe();
      return description.status.name === 'RUNNING' ? 'running' : 'ended';
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return 'missing';
      throw error;
    }
  }

  /** True when PostgreSQL holds the case open and Temporal has no running workflow for it. */
  async needsRecovery(kind: CaseKind, id: string): Promise<boolean> {
    return (await this.records.isOpen(kind, id)) === true && (await this.presence(kind, id)) !== 'running';
  }

  /** Every open case (of one site, or all) whose workflow is missing or has ended. */
  async findStranded(siteId?: string): Promise<StrandedCase[]> {
    const open = await this.records.openCases(siteId);
    const stranded: StrandedCase[] = [];
    for (let start = 0; start < open.length; start += DESCRIBE_CONCURRENCY) {
      const batch = open.slice(start, start + DESCRIBE_CONCURRENCY);
      const presences = await Promise.all(batch.map((found) => this.presence(found.kind, found.id)));
      batch.forEach((found, index) => {
        const workflow = presences[index];
        if (workflow !== 'running')
          stranded.push({ ...found, workflowId: workflowIdOf(found.kind, found.id), workflow });
      });
    }
    return stranded;
  }

  /** Rebuilds every stranded case; one whose record disagrees with itself (or fails) is left as it is and reported. */
  async recover(siteId?: string): Promise<RecoveryOutcome[]> {
    const outcomes: RecoveryOutcome[] = [];
    for (const stranded of await this.findStranded(siteId)) {
      try {
        const { stage, sequence } = await this.rebuild(stranded);
        outcomes.push({ ...stranded, outcome: 'rebuilt', stage, sequence });
        this.logger.log(`rebuilt ${stranded.kind}=${stranded.id} stage=${stage} sequence=${sequence}`);
      } catch (error) {
        // One case that cannot be rebuilt is reported and the others still are; the reason names no person.
        const reason =
          error instanceof RecordDisagreesError
            ? error.message
            : `could not be rebuilt (${error instanceof Error ? error.name : 'unknown error'})`;
        outcomes.push({ ...stranded, outcome: 'refused', reason });
        this.logger.error(`cannot rebuild ${stranded.kind}=${stranded.id}: ${reason}`);
      }
    }
    return outcomes;
  }

  /** Started again from the rebuilt state; two operators recovering at once share the first's workflow. */
  private async rebuild({ kind, id }: StrandedCase) {
    if (kind === 'journey') {
      const state = await this.rebuiltJourney(id);
      await this.workflows.start(journeyCase, id, { resume: state });
      return state;
    }
    const state = await this.rebuiltCarer(id);
    await this.workflows.start(carerCase, id, { resume: state });
    return state;
  }

  /** A journey's state rebuilt from its record (throws RecordDisagreesError when the record disagrees with itself). */
  async rebuiltJourney(participantId: string) {
    const record = await this.records.journeyRecord(participantId);
    const { leadDays, escalationAfterDays } = this.config.reminders;
    const rules = await this.records.reviewRules(record.referral.siteId);
    return rebuildJourney({
      ...record,
      reviewSchedule: { rules, reminderLeadDays: leadDays, escalationAfterDays },
    });
  }

  private async rebuiltCarer(carerId: string) {
    return rebuildCarer(await this.records.carerRecord(carerId));
  }
}
