import type { EntityManager } from 'typeorm';
import { ContactPreferenceEntity, type PostalAddress } from './entities/contact-preference.entity';

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
 * Records how a participant, carer, coordinator or team wants reminders, replacing what was there.
 * Written inside the caller's transaction (a carer's registration records theirs with the carer).
 */
export async function saveContactPreferences(
  manager: EntityManager,
  preferences: ContactPreferences,
): Promise<ContactPreferenceEntity> {
  const repository = manager.getRepository(ContactPreferenceEntity);
  await repository.upsert({ ...preferences, updatedAt: new Date() }, ['recipientType', 'recipientId']);
  return repository.findOneByOrFail({ recipientType: preferences.recipientType, recipientId: preferences.recipientId });
}
