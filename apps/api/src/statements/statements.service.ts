import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { statementFormat } from '@ipc/domain';
import { BudgetsRepository, PersonDetailsRepository } from '@ipc/persistence';
import { ParticipantsService } from '../participants/participants.service';
import { type PageQuery, pageOf, pageWindow } from '../common/page.query';
import { problems } from '../problem/problem.exception';

/** The Individual Statements of Resources and annual statements issued to a person. */
@Injectable()
export class StatementsService {
  constructor(
    @Inject(BudgetsRepository) private readonly budgets: Pick<BudgetsRepository, 'statements' | 'statement'>,
    private readonly participants: ParticipantsService,
    @Inject(PersonDetailsRepository) private readonly people: Pick<PersonDetailsRepository, 'reachable'>,
  ) {}

  async list(staff: StaffMember, participantId: string, page: PageQuery) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const [{ statements, total }, largePrint] = await Promise.all([
      this.budgets.statements(participant.id, pageWindow(page)),
      this.largePrintFor(participant.id),
    ]);
    return pageOf(
      page,
      statements.map((statement) => ({ ...statement, largePrint: largePrint(statement.largePrint) })),
      total,
    );
  }

  async find(staff: StaffMember, participantId: string, statementId: string) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const statement = await this.budgets.statement(participant.id, statementId);
    if (!statement) throw problems.notFound('Statement');
    const largePrint = await this.largePrintFor(participant.id);
    return { ...statement, largePrint: largePrint(statement.largePrint) };
  }

  /**
   * One source for format: a statement is printed large when the person's details ask for large
   * print now; only when they record no format need does the format recorded at issue apply.
   */
  private async largePrintFor(participantId: string): Promise<(issuedLarge: boolean) => boolean> {
    const details = await this.people.reachable('participant', participantId);
    return (issuedLarge) =>
      statementFormat(details?.communicationNeeds ?? null, issuedLarge ? 'large-print' : null) === 'large-print';
  }
}
