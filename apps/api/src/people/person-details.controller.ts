import { Body, Controller, Get, Param, Put, Query, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import type { PersonKind } from '@ipc/persistence';
import { Audited } from '../audit/audited.decorator';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { Idempotent } from '../common/idempotency-key.decorator';
import { PageOf } from '../common/page.dto';
import { PageQuery } from '../common/page.query';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { PersonDetailsChangeDto, PersonDetailsDto, PersonDetailsViewDto } from './dto/person-details.dto';
import { PersonDetailsService } from './person-details.service';

/**
 * `GET`/`PUT <owners>/:id/details` and `GET <owners>/:id/details/history` for one kind of person:
 * participants and carers have the same details, so one controller is made for each.
 */
function personDetailsController(personKind: PersonKind, owners: string, noun: string): Type {
  @ApiTags(owners)
  @ApiBearerAuth()
  @ApiStaffProblems()
  @Controller(`${owners}/:id/details`)
  class PersonDetailsController {
    constructor(readonly details: PersonDetailsService) {}

    @Audited(personKind, 'personal-details')
    @Get()
    @Access('read-record', personKind)
    @ApiOperation({ summary: `A ${noun}'s details: name, address, phones, email, GP practice, language, needs` })
    @ApiOkResponse({ type: PersonDetailsViewDto })
    @ApiProblems(404)
    current(@CurrentStaff() staff: StaffMember, @Param('id') id: string) {
      return this.details.current(staff, personKind, id);
    }

    @Audited(personKind, 'personal-details')
    @Put()
    @Access('change-record', personKind)
    @Idempotent()
    @ApiOperation({ summary: `Change a ${noun}'s details (replaces them; the previous values are kept)` })
    @ApiOkResponse({ type: PersonDetailsViewDto, description: 'As recorded: the same shape as GET' })
    @ApiProblems(400, 404, 415, 422)
    replace(@CurrentStaff() staff: StaffMember, @Param('id') id: string, @Body() dto: PersonDetailsDto) {
      return this.details.replace(staff, personKind, id, dto);
    }

    @Audited(personKind, 'personal-details')
    @Get('history')
    @Access('read-record', personKind)
    @ApiOperation({ summary: `Every change to a ${noun}'s details, newest first: who, when, what it replaced` })
    @ApiOkResponse({ type: PageOf(PersonDetailsChangeDto) })
    @ApiProblems(400, 404)
    history(@CurrentStaff() staff: StaffMember, @Param('id') id: string, @Query() page: PageQuery) {
      return this.details.changes(staff, personKind, id, page);
    }
  }
  const name = `${personKind === 'participant' ? 'Participant' : 'Carer'}DetailsController`;
  Object.defineProperty(PersonDetailsController, 'name', { value: name });
  return PersonDetailsController;
}

export const ParticipantDetailsController = personDetailsController('participant', 'participants', 'person');
export const CarerDetailsController = personDetailsController('carer', 'carers', 'carer');
