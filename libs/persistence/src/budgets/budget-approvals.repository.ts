import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BudgetApprovalEntity } from '../entities';

export interface BudgetApproval {
  id: string;
  participantId: string;
  siteId: string;
  totalPence: number;
  approvedBy: string;
  reason: string;
  approvedAt: Date;
}

const view = (row: BudgetApprovalEntity): BudgetApproval => ({ ...row, totalPence: Number(row.totalPence) });

/** Budget approvers' approvals of budgets beyond the variance threshold (the second pair of eyes). */
@Injectable()
export class BudgetApprovalsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async record(approval: Omit<BudgetApproval, 'id' | 'approvedAt'>): Promise<BudgetApproval> {
    const repository = this.dataSource.getRepository(BudgetApprovalEntity);
    const saved = await repository.save(repository.create({ ...approval, totalPence: String(approval.totalPence) }));
    return view(saved);
  }

  /** Every approval of this total for the person at the site, newest first. */
  async approvalsOf(siteId: string, participantId: string, totalPence: number): Promise<BudgetApproval[]> {
    const rows = await this.dataSource.getRepository(BudgetApprovalEntity).find({
      where: { siteId, participantId, totalPence: String(totalPence) },
      order: { approvedAt: 'DESC' },
    });
    return rows.map(view);
  }
}
