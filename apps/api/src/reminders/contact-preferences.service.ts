import { Inject, Injectable, Logger } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { type ContactPreferences, ContactPreferenceEntity, saveContactPreferences } from '@ipc/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { CarersService } from '../carers/carers.service';
import { ParticipantsService } from '../participants/participants.service';
import { problems } from '../problem/problem.exception';
import type { ContactPreferencesDto } from './dto/contact-preferences.dto';

const STAFF_OR_TEAM_ID = /^[\w.-]{1,64}$/;

type Recipient = Pick<ContactPreferences, 'recipientType' | 'recipientId' | 'siteId'>;

/** Preferences as `GET` and `PUT` answer them: what `PUT` takes, and when it was last set. */
const preferencesView = (saved: ContactPreferenceEntity) => ({
  channel: saved.channel,
  format: saved.format,
  language: saved.language,
  email: saved.email,
  phone: saved.phone,
  postalAddress: saved.postalAddress,
  updatedAt: saved.updatedAt,
});

/** Records how a person, coordinator or team wants reminders; the delivery worker reads it at send time. */
@Injectable()
export class ContactPreferencesService {
  private readonly logger = new Logger(ContactPreferencesService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly participants: ParticipantsService,
    private readonly carers: CarersService,
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
   * A carer's, recorded at registration and changed here: the carer's own record (contact and
   * preferences) changes with it, in one transaction, so the two never disagree.
   */
  async setForCarer(staff: StaffMember, carerId: string, dto: ContactPreferencesDto) {
    const carer = await this.carers.findForStaff(staff, carerId);
    const recipient = { recipientType: 'carer', recipientId: carer.id, siteId: carer.siteId } as const;
    const saved = await this.dataSource.transaction(async (manager) => {
      const preferences = await this.save(staff, recipient, dto, manager);
      await manager.query(
        `UPDATE carers SET contact = (contact - 'email' - 'phone' - 'postalAddress') || $2::jsonb,
                           preferences = preferences || $3::jsonb, updated_at = now()
          WHERE id = $1`,
        [
          carer.id,
          JSON.stringify({ email: dto.email, phone: dto.phone, postalAddress: dto.postalAddress }),
          JSON.stringify({ channel: dto.channel, format: dto.format, language: dto.language }),
        ],
      );
      return preferences;
    });
    return { carerId: carer.id, ...saved };
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

  private async save(
    staff: StaffMember,
    recipient: Recipient,
    dto: ContactPreferencesDto,
    manager: EntityManager = this.dataSource.manager,
  ) {
    const saved = await saveContactPreferences(manager, {
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
    return preferencesView(saved);
  }

  async forParticipant(staff: StaffMember, participantId: string) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const recipient = {
      recipientType: 'participant',
      recipientId: participant.id,
      siteId: participant.siteId,
    } as const;
    return { participantId: participant.id, ...(await this.recorded(recipient)) };
  }

  async forCarer(staff: StaffMember, carerId: string) {
    const carer = await this.carers.findForStaff(staff, carerId);
    return {
      carerId: carer.id,
      ...(await this.recorded({ recipientType: 'carer', recipientId: carer.id, siteId: carer.siteId })),
    };
  }

  /** What is recorded for the recipient; 404 until preferences are recorded. */
  private async recorded(recipient: Recipient) {
    const saved = await this.dataSource.getRepository(ContactPreferenceEntity).findOneBy(recipient);
    if (!saved) throw problems.notFound('Contact preferences');
    return preferencesView(saved);
  }
}
