import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { nhsNumberQuery, postcodeKey } from '@ipc/domain';
import { PeopleSearchRepository, type PersonKind } from '@ipc/persistence';
import { pageOf, pageWindow } from '../common/page.query';
import type { ListCarersQuery, ParticipantSearchQuery } from './dto/person-search.dto';

/** Finds the staff member's site's people by NHS number or name, ranked and paged; lists carers. */
@Injectable()
export class PeopleSearchService {
  constructor(
    @Inject(PeopleSearchRepository) private readonly search: Pick<PeopleSearchRepository, 'search' | 'listCarers'>,
  ) {}

  participants(staff: StaffMember, query: ParticipantSearchQuery) {
    return this.find(staff, 'participant', { ...query, q: query.q });
  }

  /** With `q`, a search like the participants'; without, every carer of the site by name. */
  async carers(staff: StaffMember, query: ListCarersQuery) {
    if (query.q === undefined) {
      const { hits, total } = await this.search.listCarers(staff.siteId, pageWindow(query));
      return pageOf(query, hits, total);
    }
    return this.find(staff, 'carer', { ...query, q: query.q });
  }

  private async find(staff: StaffMember, kind: PersonKind, query: ParticipantSearchQuery) {
    const { hits, total } = await this.search.search(kind, {
      siteId: staff.siteId,
      nhsNumber: nhsNumberQuery(query.q),
      name: query.q,
      dateOfBirth: query.dateOfBirth,
      postcodeKey: query.postcode === undefined ? undefined : postcodeKey(query.postcode),
      ...pageWindow(query),
    });
    return pageOf(query, hits, total);
  }
}
