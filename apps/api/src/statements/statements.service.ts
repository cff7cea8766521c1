import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { BudgetsRepository, type StoredStatement } from '@ipc/persistence';
import { ParticipantsService } from '../participants/participants.service';
import { problems } from '../problem/problem.exception';

/** The Individual Statements of Resources and annual statements issued to a person. */
@Injectable()
export class StatementsService {
  constructor(
    @Inject(BudgetsRepository) private readonly budgets: Pick<BudgetsRepository, 'statements' | 'statement'>,
    private readonly participants: ParticipantsService,
  ) {}

  async list(staff: StaffMember, participantId: string): Promise<{ statements: StoredStatement[] }> {
    const participant = await this.participants.findForStaff(staff, participantId);
    return { statements: await this.budgets.statements(participant.id) };
  }

  async find(staff: StaffMember, participantId: string, statementId: string) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const statement = await this.budgets.statement(participant.id, statementId);
    if (!statement) throw problems.notFound('Statement');
    return statement;
  }
}
