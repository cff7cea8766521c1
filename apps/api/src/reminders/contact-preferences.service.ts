import { Injectable, Logger } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import {
  type ContactPreferenceEntity,
  type ContactPreferences,
  ContactPreferencesRepository,
  type ContactRecipient,
  CarersRepository,
} from '@ipc/persistence';
import { CarersService } from '../carers/carers.service';
import { ParticipantsService } from '../participants/participants.service';
import { problems } from '../problem/problem.exception';
import type { ContactPreferencesDto } from './dto/contact-preferences.dto';

const STAFF_OR_TEAM_ID = /^[\w.-]{1,64}$/;

/** Records and reads how a person, coordinator or team wants reminders; the delivery worker reads it at send time. */
@Injectable()
export class ContactPreferencesService {
  private readonly logger = new Logger(ContactPreferencesService.name);

  constructor(
    private readonly preferences: ContactPreferencesRepository,
    private readonly carerRecords: CarersRepository,
    private readonly participants: ParticipantsService,
    private readonly carers: CarersService,
  ) {}

  async setForParticipant(staff: StaffMember, participantId: string, dto: ContactPreferencesDto) {
    const recipient = await this.participantRecipient(staff, participantId);
    return { participantId: recipient.recipientId, ...(await this.save(staff, recipient, dto)) };
  }

  async forParticipant(staff: StaffMember, participantId: string) {
    const recipient = await this.participantRecipient(staff, participantId);
    return { participantId: recipient.recipientId, ...(await this.find(recipient)) };
  }

  private async participantRecipient(staff: StaffMember, participantId: string): Promise<ContactRecipient> {
    const participant = await this.participants.findForStaff(staff, participantId);
    return { recipientType: 'participant', recipientId: participant.id, siteId: participant.siteId };
  }

  /**
   * A carer's, recorded at registration and changed here: the carer's own record (contact and
   * preferences) changes with it, in one transaction, so the two never disagree.
   */
  async setForCarer(staff: StaffMember, carerId: string, dto: ContactPreferencesDto) {
    const recipient = await this.carerRecipient(staff, carerId);
    const saved = await this.carerRecords.changeContact(this.preferencesOf(staff, recipient, dto));
    this.logSaved(recipient, dto);
    return { carerId: recipient.recipientId, ...contactPreferencesView(saved) };
  }

  async forCarer(staff: StaffMember, carerId: string) {
    const recipient = await this.carerRecipient(staff, carerId);
    return { carerId: recipient.recipientId, ...(await this.find(recipient)) };
  }

  private async carerRecipient(staff: StaffMember, carerId: string): Promise<ContactRecipient> {
    const carer = await this.carers.findForStaff(staff, carerId);
    return { recipientType: 'carer', recipientId: carer.id, siteId: carer.siteId };
  }

  /**
   * A care coordinator's, or a team's shared inbox (escalations go to the team): `coordinatorId` is
   * the staff or team id the workflows address reminders to, as the staff member's site knows it.
   * Each site records its own; another site's record for the same id is neither seen nor changed.
   */
  async setForCoordinator(staff: StaffMember, coordinatorId: string, dto: ContactPreferencesDto) {
    const recipient = coordinatorRecipient(staff, coordinatorId);
    return { coordinatorId, ...(await this.save(staff, recipient, dto)) };
  }

  async forCoordinator(staff: StaffMember, coordinatorId: string) {
    return { coordinatorId, ...(await this.find(coordinatorRecipient(staff, coordinatorId))) };
  }

  /** 404 until something is recorded, as for any record that does not exist. */
  private async find(recipient: ContactRecipient) {
    const preferences = await this.preferences.find(recipient);
    if (!preferences) throw problems.notFound('Contact preferences');
    return contactPreferencesView(preferences);
  }

  private async save(staff: StaffMember, recipient: ContactRecipient, dto: ContactPreferencesDto) {
    const saved = await this.preferences.save(this.preferencesOf(staff, recipient, dto));
    this.logSaved(recipient, dto);
    return contactPreferencesView(saved);
  }

  private preferencesOf(
    staff: StaffMember,
    recipient: ContactRecipient,
    dto: ContactPreferencesDto,
  ): ContactPreferences {
    return {
      ...recipient,
      channel: dto.channel,
      format: dto.format,
      language: dto.language,
      email: dto.email ?? null,
      phone: dto.phone ?? null,
      postalAddress: dto.postalAddress
        ? { lines: dto.postalAddress.lines, postcode: dto.postalAddress.postcode }
        : null,
      updatedBy: staff.staffId,
    };
  }

  private logSaved(recipient: ContactRecipient, dto: ContactPreferencesDto): void {
    this.logger.log(
      `contact preferences recorded ${recipient.recipientType}=${recipient.recipientId} channel=${dto.channel}`,
    );
  }
}

function coordinatorRecipient(staff: StaffMember, coordinatorId: string): ContactRecipient {
  if (!STAFF_OR_TEAM_ID.test(coordinatorId)) {
    throw problems.validation([{ field: 'coordinatorId', reason: 'must be a staff or team id' }]);
  }
  return { recipientType: 'coordinator', recipientId: coordinatorId, siteId: staff.siteId };
}

/** The same shape whether just written or read back. */
const contactPreferencesView = (preferences: ContactPreferenceEntity) => ({
  channel: preferences.channel,
  format: preferences.format,
  language: preferences.language,
  email: preferences.email,
  phone: preferences.phone,
  postalAddress: preferences.postalAddress,
  updatedAt: preferences.updatedAt,
});
