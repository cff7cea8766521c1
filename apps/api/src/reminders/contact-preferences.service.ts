import { Inject, Injectable, Logger } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { type ContactPreferences, ContactPreferenceEntity, saveContactPreferences } from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { ParticipantsService } from '../participants/participants.service';
import { problems } from '../problem/problem.exception';
import type { ContactPreferencesDto } from './dto/contact-preferences.dto';

const STAFF_OR_TEAM_ID = /^[\w.-]{1,64}$/;

type Recipient = Pick<ContactPreferences, 'recipientType' | 'recipientId' | 'siteId'>;

/** Records how a person, coordinator or team wants reminders; the delivery worker reads it at send time. */
@Injectable()
export class ContactPreferencesService {
  private readonly logger = new Logger(ContactPreferencesService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly participants: ParticipantsService,
  ) {}

  async setForParticipant(staff: StaffMember, participantId: string, dto: ContactPreferencesDto) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const recipient = {
      recipientType: 'participant',
      recipientId: participant.id,
      siteId: participant.siteId,
    } as const;
    return { participantId: participant.id, ...(await this.save(staff, recipient, dto)) };
  }

  /**
   * A care coordinator's, or a team's shared inbox (escalations go to the team): `coordinatorId` is
   * the staff or team id the workflows address reminders to. Another site's coordinator is a 409.
   */
  async setForCoordinator(staff: StaffMember, coordinatorId: string, dto: ContactPreferencesDto) {
    if (!STAFF_OR_TEAM_ID.test(coordinatorId)) {
      throw problems.validation([{ field: 'coordinatorId', reason: 'must be a staff or team id' }]);
    }
    const existing = await this.dataSource
      .getRepository(ContactPreferenceEntity)
      .findOneBy({ recipientType: 'coordinator', recipientId: coordinatorId });
    if (existing && existing.siteId !== staff.siteId) {
      throw problems.conflict(
        'coordinator-at-another-site',
        'This coordinator belongs to another site',
        'Contact preferences for this id are recorded by another site; use the id your site knows them by.',
      );
    }
    const recipient = { recipientType: 'coordinator', recipientId: coordinatorId, siteId: staff.siteId } as const;
    return { coordinatorId, ...(await this.save(staff, recipient, dto)) };
  }

  private async save(staff: StaffMember, recipient: Recipient, dto: ContactPreferencesDto) {
    const saved = await saveContactPreferences(this.dataSource.manager, {
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
    });
    this.logger.log(
      `contact preferences recorded ${recipient.recipientType}=${recipient.recipientId} channel=${dto.channel}`,
    );
    return {
      channel: saved.channel,
      format: saved.format,
      language: saved.language,
      email: saved.email,
      phone: saved.phone,
      postalAddress: saved.postalAddress,
      updatedAt: saved.updatedAt,
    };
  }
}
