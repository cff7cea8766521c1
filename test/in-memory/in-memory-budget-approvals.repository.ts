import { randomUUID } from 'node:crypto';
import type { BudgetApproval, BudgetApprovalsRepository } from '@ipc/persistence';

/** BudgetApprovalsRepository's behaviour over an array, newest last. */
export class InMemoryBudgetApprovals implements Omit<BudgetApprovalsRepository, 'dataSource'> {
  readonly approvals: BudgetApproval[] = [];

  async record(approval: Omit<BudgetApproval, 'id' | 'approvedAt'>) {
    const recorded = {
      ...approval,
      id: randomUUID(),
      approvedAt: new Date(Date.UTC(2026, 9, 1, 0, this.approvals.length)),
    };
    this.approvals.push(recorded);
    return recorded;
  }

  async approvalsOf(siteId: string, participantId: string, totalPence: number) {
    return this.approvals
      .filter((approval) => approval.siteId === siteId && approval.participantId === participantId)
      .filter((approval) => approval.totalPence === totalPence)
      .reverse();
  }
}
