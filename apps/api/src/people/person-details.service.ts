import { Inject, Injectable, Logger } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { type PersonKind, PersonDetailsRepository, type PersonRef } from '@ipc/persistence';
import { CarersService } from '../carers/carers.service';
import { type PageQuery, pageOf, pageWindow } from '../common/page.query';
import { ParticipantsService } from '../participants/participants.service';
import type { PersonDetailsDto } from './dto/person-details.dto';
import { personDetailsFrom, personDetailsView } from './person-details.mapping';

/** What the service reads and writes of people's details (an in-memory one in its spec). */
export type PersonDetailsRecords = Pick<PersonDetailsRepository, 'find' | 'replace' | 'changes'>;

/** A participant's or carer's details, and every change to them, for the staff of their site. */
@Injectable()
export class PersonDetailsService {
  private readonly logger = new Logger(PersonDetailsService.name);

  constructor(
    @Inject(PersonDetailsRepository) private readonly details: PersonDetailsRecords,
    private readonly participants: ParticipantsService,
    private readonly carers: CarersService,
  ) {}

  async current(staff: StaffMember, personKind: PersonKind, personId: string) {
    const person = await this.person(staff, personKind, personId);
    return personDetailsView(await this.details.find(person));
  }

  /** Replaces the details; each change is kept with who made it, when, and what it replaced. */
  async replace(staff: StaffMember, personKind: PersonKind, personId: string, dto: PersonDetailsDto) {
    const person = await this.person(staff, personKind, personId);
    const recorded = await this.details.replace(person, personDetailsFrom(dto), staff.staffId);
    this.logger.log(`person details recorded ${personKind}=${person.personId} version=${recorded.version}`);
    return recorded;
  }

  async changes(staff: StaffMember, personKind: PersonKind, personId: string, page: PageQuery) {
    const person = await this.person(staff, personKind, personId);
    const { changes, total } = await this.details.changes(person, pageWindow(page));
    return pageOf(page, changes, total);
  }

  /** The person at the staff member's site (404 for anyone else's), whichever kind they are. */
  private async person(staff: StaffMember, personKind: PersonKind, personId: string): Promise<PersonRef> {
    const owner =
      personKind === 'participant'
        ? await this.participants.findForStaff(staff, personId)
        : await this.carers.findForStaff(staff, personId);
    return { personKind, personId: owner.id, siteId: owner.siteId };
  }
}
