import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { CONSENT_SCOPES, type ConsentScope, WITHOUT_CONSENT } from '@ipc/domain';
import {
  type ConsentRecord,
  ConsentDecisionsRepository,
  type RecordKind,
  type StoredConsentDecision,
} from '@ipc/persistence';
import { CarersService } from '../carers/carers.service';
import { todayInLondon } from '../common/calendar-date.validator';
import { pick } from '../common/pick';
import { ParticipantsService } from '../participants/participants.service';
import { problems } from '../problem/problem.exception';
import type { ConsentDto, ConsentWithdrawalDto } from './dto/consent.dto';

const decisionView = (stored: StoredConsentDecision) => ({
  ...pick(stored, [
    'id',
    'scope',
    'decision',
    'givenBy',
    'decidedBy',
    'capacityAssessed',
    'reason',
    'effectiveOn',
    'recordedBy',
  ]),
  recordedAt: stored.recordedAt.toISOString(),
});

/**
 * A person's or a carer's consent per scope: each decision kept (who gave or refused it, capacity,
 * when), the latest of each scope in force, and withdrawal at any stage with what follows stated.
 * Consent lives in PostgreSQL only; the journey's own `consentToShare` is the identification step's.
 */
@Injectable()
export class ConsentService {
  constructor(
    @Inject(ConsentDecisionsRepository)
    private readonly decisions: Pick<ConsentDecisionsRepository, 'record' | 'history'>,
    private readonly participants: ParticipantsService,
    private readonly carers: CarersService,
  ) {}

  async consent(staff: StaffMember, kind: RecordKind, id: string) {
    await this.findRecord(staff, kind, id);
    return this.view(kind, id);
  }

  async decide(staff: StaffMember, kind: RecordKind, id: string, dto: ConsentDto) {
    await this.findRecord(staff, kind, id);
    await this.decisions.record(
      dto.scopes.map((scope) => ({
        ...this.about(staff, kind, id, scope, dto.effectiveDate),
        decision: dto.decision,
        givenBy: dto.givenBy,
        decidedBy: dto.givenBy === 'best-interests' ? (dto.decidedBy ?? null) : null,
        capacityAssessed: dto.capacityAssessed,
        reason: dto.decision === 'declined' ? (dto.reason ?? null) : null,
      })),
    );
    return this.view(kind, id);
  }

  /** Withdraws consent to each scope named; a scope not given now is a 409 naming it. */
  async withdraw(staff: StaffMember, kind: RecordKind, id: string, dto: ConsentWithdrawalDto) {
    await this.findRecord(staff, kind, id);
    const current = await this.view(kind, id);
    const notGiven = dto.scopes.filter(
      (scope) => current.inForce.find((decision) => decision.scope === scope)?.decision !== 'given',
    );
    if (notGiven.length) {
      throw problems.conflict(
        'consent-not-given',
        'Consent is not given for that scope',
        `not given now: ${notGiven.join(', ')}`,
        {
          scopes: notGiven,
        },
      );
    }
    await this.decisions.record(
      dto.scopes.map((scope) => ({
        ...this.about(staff, kind, id, scope, dto.effectiveDate),
        decision: 'withdrawn',
        givenBy: null,
        decidedBy: null,
        capacityAssessed: null,
        reason: dto.reason,
      })),
    );
    const whatFollows = dto.scopes.map((scope) => ({ scope, whatFollows: WITHOUT_CONSENT[scope] }));
    return { ...(await this.view(kind, id)), whatFollows };
  }

  private about(staff: StaffMember, recordKind: RecordKind, recordId: string, scope: ConsentScope, on?: string) {
    const record: Pick<ConsentRecord, 'siteId' | 'recordKind' | 'recordId' | 'scope' | 'effectiveOn' | 'recordedBy'> = {
      siteId: staff.siteId,
      recordKind,
      recordId,
      scope,
      effectiveOn: on ?? todayInLondon(),
      recordedBy: staff.staffId,
    };
    return record;
  }

  /** The decision in force for each scope (null: none recorded), and every decision, oldest first. */
  private async view(kind: RecordKind, id: string) {
    const history = (await this.decisions.history(kind, id)).map(decisionView);
    const latest = (scope: ConsentScope) => history.filter((decision) => decision.scope === scope).at(-1) ?? null;
    const inForce = CONSENT_SCOPES.map((scope) => latest(scope) ?? { scope, decision: null });
    return { id, inForce, history };
  }

  private findRecord(staff: StaffMember, kind: RecordKind, id: string) {
    return kind === 'participant' ? this.participants.findForStaff(staff, id) : this.carers.findForStaff(staff, id);
  }
}
