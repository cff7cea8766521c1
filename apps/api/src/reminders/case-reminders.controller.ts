import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import type { RecordKind } from '@ipc/persistence';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { Idempotent } from '../common/idempotency-key.decorator';
import { PageOf } from '../common/page.dto';
import { PageQuery } from '../common/page.query';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { ContactPreferencesService } from './contact-preferences.service';
import { ContactPreferencesDto } from './dto/contact-preferences.dto';
import { ContactPreferencesViewDto, ReminderViewDto } from './dto/reminder-view.dto';
import { RemindersService } from './reminders.service';
import { Audited } from '../audit/audited.decorator';

/** What tells one kind of case's reminder routes from another's: where they are, their wording, the services' methods. */
interface CaseReminderRoutes {
  /** The controller's name, which the OpenAPI document's operation ids are made of. */
  name: string;
  path: 'participants' | 'carers';
  /** The kind of record `:id` is, for the care-relationship check. */
  recordKind: RecordKind;
  summaries: { list: string; readContactPreferences: string; setContactPreferences: string };
  reminders: 'forParticipant' | 'forCarer';
  contactPreferences: 'forParticipant' | 'forCarer';
  setContactPreferences: 'setForParticipant' | 'setForCarer';
}

/** The reminders a case's owner was sent and how they want them, under `/<path>/:id/…`. */
function caseRemindersController(routes: CaseReminderRoutes) {
  @ApiTags('reminders')
  @ApiBearerAuth()
  @ApiStaffProblems()
  @Controller(routes.path)
  class CaseRemindersController {
    constructor(
      readonly reminders: RemindersService,
      readonly contactPreferences: ContactPreferencesService,
    ) {}

    @Audited(routes.recordKind, 'reminders')
    @Get(':id/reminders')
    @Access('read-record', routes.recordKind)
    @ApiOperation({ summary: routes.summaries.list })
    @ApiOkResponse({ type: PageOf(ReminderViewDto) })
    @ApiProblems(400, 404)
    list(@CurrentStaff() staff: StaffMember, @Param('id') id: string, @Query() page: PageQuery) {
      return this.reminders[routes.reminders](staff, id, page);
    }

    @Audited(routes.recordKind, 'contact-preferences')
    @Get(':id/contact-preferences')
    @Access('read-record', routes.recordKind)
    @ApiOperation({ summary: routes.summaries.readContactPreferences })
    @ApiOkResponse({ type: ContactPreferencesViewDto, description: 'The shape PUT takes, with when it was set' })
    @ApiProblems(404)
    readContactPreferences(@CurrentStaff() staff: StaffMember, @Param('id') id: string) {
      return this.contactPreferences[routes.contactPreferences](staff, id);
    }

    @Audited(routes.recordKind, 'contact-preferences')
    @Put(':id/contact-preferences')
    @Access('change-record', routes.recordKind)
    @Idempotent()
    @ApiOperation({ summary: routes.summaries.setContactPreferences })
    @ApiOkResponse({ type: ContactPreferencesViewDto })
    @ApiProblems(400, 404, 415, 422)
    setContactPreferences(
      @CurrentStaff() staff: StaffMember,
      @Param('id') id: string,
      @Body() dto: ContactPreferencesDto,
    ) {
      return this.contactPreferences[routes.setContactPreferences](staff, id, dto);
    }
  }
  Object.defineProperty(CaseRemindersController, 'name', { value: routes.name });
  return CaseRemindersController;
}

export const ParticipantRemindersController = caseRemindersController({
  name: 'ParticipantRemindersController',
  path: 'participants',
  recordKind: 'participant',
  summaries: {
    list: 'Reminders about a person: what was sent, when, through which channel, and its status',
    readContactPreferences:
      "Read the person's reminder channel, format, language and contact details (404 until recorded)",
    setContactPreferences: "Record the person's reminder channel, format, language and contact details",
  },
  reminders: 'forParticipant',
  contactPreferences: 'forParticipant',
  setContactPreferences: 'setForParticipant',
});

export const CarerRemindersController = caseRemindersController({
  name: 'CarerRemindersController',
  path: 'carers',
  recordKind: 'carer',
  summaries: {
    list: 'Reminders sent to a carer: what, when, through which channel, and its status',
    readContactPreferences:
      "Read the carer's reminder channel, format, language and contact details (404 until recorded)",
    setContactPreferences: "Change the carer's reminder channel, format, language and contact details",
  },
  reminders: 'forCarer',
  contactPreferences: 'forCarer',
  setContactPreferences: 'setForCarer',
});
