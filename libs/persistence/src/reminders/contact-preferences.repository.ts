import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ContactPreferenceEntity, type PostalAddress } from '../entities/contact-preference.entity';
import { managerOf } from '../manager-of';

/** Whose preferences: a participant, carer, coordinator or team, at the site that recorded them. */
export type ContactRecipient = Pick<ContactPreferences, 'recipientType' | 'recipientId' | 'siteId'>;

export interface ContactPreferences {
  recipientType: 'participant' | 'carer' | 'coordinator';
  recipientId: string;
  siteId: string;
  channel: string;
  format: string;
  language: string;
  email: string | null;
  phone: string | null;
  postalAddress: PostalAddress | null;
  updatedBy: string;
}

/**
 * How participants, carers, coordinators and teams want reminders. Built on a transaction's manager
 * by a repository that records preferences with something else (a carer's registration).
 */
@Injectable()
export class ContactPreferencesRepository {
  private readonly manager: EntityManager;

  constructor(@Inject(DataSource) executor: DataSource | EntityManager) {
    this.manager = managerOf(executor);
  }

  /** Records the recipient's preferences, replacing what was there. */
  async save(preferences: ContactPreferences): Promise<ContactPreferenceEntity> {
    const repository = this.manager.getRepository(ContactPreferenceEntity);
    await repository.upsert({ ...preferences, updatedAt: new Date() }, ['siteId', 'recipientType', 'recipientId']);
    const { siteId, recipientType, recipientId } = preferences;
    return repository.findOneByOrFail({ siteId, recipientType, recipientId });
  }

  /** What the site recorded for this recipient, if anything. */
  find({ siteId, recipientType, recipientId }: ContactRecipient): Promise<ContactPreferenceEntity | null> {
    return this.manager.getRepository(ContactPreferenceEntity).findOneBy({ siteId, recipientType, recipientId });
  }
}
