import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { BudgetsRepository } from '@ipc/persistence';
import { ParticipantsService } from '../participants/participants.service';
import { type PageQuery, pageOf, pageWindow } from '../common/page.query';
import { problems } from '../problem/problem.exception';

/** The Individual Statements of Resources and annual statements issued to a person. */
@Injectable()
export class StatementsService {
  constructor(
    @Inject(BudgetsRepository) private readonly budgets: Pick<BudgetsRepository, 'statements' | 'statement'>,
    private readonly participants: ParticipantsService,
  ) {}

  async list(staff: StaffMember, participantId: string, page: PageQuery) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const { statements, total } = await this.budgets.statements(participant.id, pageWindow(page));
    return pageOf(page, statements, total);
  }

  async find(staff: StaffMember, participantId: string, statementId: string) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const statement = await this.budgets.statement(participant.id, statementId);
    if (!statement) throw problems.notFound('Statement');
    return statement;
  }
}
