import { Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { AuditService } from '../audit/audit.service';
import { CarersService } from '../carers/carers.service';
import { ParticipantsService } from '../participants/participants.service';
import { PersonDetailsService } from '../people/person-details.service';
import { ProblemException } from '../problem/problem.exception';
import { DemographicsService } from '../programme/demographics/demographics.service';
import { ContactPreferencesService } from '../reminders/contact-preferences.service';
import { RemindersService } from '../reminders/reminders.service';
import { SpendPeriodQuery } from '../spend/dto/spend-period.query';
import { SpendService } from '../spend/spend.service';
import { StatementsService } from '../statements/statements.service';
import { everyPage, firstPage } from './every-page';

/** What is held on a part that may not have been recorded yet (a 404 from its own route): null. */
async function unlessNotRecorded<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ProblemException && error.getStatus() === 404) return null;
    throw error;
  }
}

/**
 * Everything the engine holds on one person, gathered through the same services their own routes
 * use (so the export shows what those show): for a subject access request (UK GDPR article 15).
 */
@Injectable()
export class SubjectAccessService {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly personDetails: PersonDetailsService,
    private readonly demographics: DemographicsService,
    private readonly contactPreferences: ContactPreferencesService,
    private readonly statements: StatementsService,
    private readonly spend: SpendService,
    private readonly reminders: RemindersService,
    private readonly carers: CarersService,
    private readonly audit: AuditService,
  ) {}

  async export(staff: StaffMember, participantId: string, generatedAt = new Date()) {
    const record = await this.participants.details(staff, participantId);
    const id = record.id;
    const [
      details,
      detailsHistory,
      timeline,
      demographics,
      contactPreferences,
      statements,
      spend,
      reminders,
      carers,
      accessLog,
    ] = await Promise.all([
      unlessNotRecorded(this.personDetails.current(staff, 'participant', id)),
      everyPage(firstPage, (page) => this.personDetails.changes(staff, 'participant', id, page)),
      this.participants.timeline(staff, id),
      this.demographics.current(staff, id),
      unlessNotRecorded(this.contactPreferences.forParticipant(staff, id)),
      this.allStatements(staff, id),
      this.allSpend(staff, id),
      everyPage(firstPage, (page) => this.reminders.forParticipant(staff, id, page)),
      everyPage(firstPage, (page) => this.carers.forParticipant(staff, id, page)),
      this.audit.wholeAccessLog(staff, 'participant', id),
    ]);
    return {
      participantId: id,
      generatedAt: generatedAt.toISOString(),
      generatedBy: staff.staffId,
      record,
      details,
      detailsHistory,
      demographics,
      contactPreferences,
      timeline: timeline.steps,
      reviews: timeline.steps.filter((step) => step.step === 'review'),
      statements,
      spend,
      reminders,
      carers,
      accessLog,
    };
  }

  private async allStatements(staff: StaffMember, participantId: string) {
    const summaries = await everyPage(firstPage, (page) => this.statements.list(staff, participantId, page));
    return Promise.all(summaries.map((summary) => this.statements.find(staff, participantId, summary.id)));
  }

  private async allSpend(staff: StaffMember, participantId: string) {
    const records = await everyPage(
      () => new SpendPeriodQuery(),
      (period) => this.spend.list(staff, participantId, period),
    );
    const { totals } = await this.spend.list(staff, participantId, new SpendPeriodQuery());
    return { records, totals };
  }
}

export type SubjectAccessExport = Awaited<ReturnType<SubjectAccessService['export']>>;
