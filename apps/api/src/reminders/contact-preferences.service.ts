import { Inject, Injectable, Logger } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { ContactPreferenceEntity } from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { ParticipantsService } from '../participants/participants.service';
import type { ContactPreferencesDto } from './dto/contact-preferences.dto';

/** Records how a person wants reminders; the delivery worker reads it at send time. */
@Injectable()
export class ContactPreferencesService {
  private readonly logger = new Logger(ContactPreferencesService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly participants: ParticipantsService,
  ) {}

  async setForParticipant(staff: StaffMember, participantId: string, dto: ContactPreferencesDto) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const repository = this.dataSource.getRepository(ContactPreferenceEntity);
    await repository.upsert(
      {
        recipientType: 'participant',
        recipientId: participant.id,
        siteId: participant.siteId,
        channel: dto.channel,
        format: dto.format,
        language: dto.language,
        email: dto.email ?? null,
        phone: dto.phone ?? null,
        postalAddress: dto.postalAddress
          ? { lines: dto.postalAddress.lines, postcode: dto.postalAddress.postcode }
          : null,
        updatedBy: staff.staffId,
        updatedAt: new Date(),
      },
      ['recipientType', 'recipientId'],
    );
    this.logger.log(`contact preferences recorded participant=${participant.id} channel=${dto.channel}`);
    const saved = await repository.findOneByOrFail({ recipientType: 'participant', recipientId: participant.id });
    return {
      participantId: participant.id,
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
