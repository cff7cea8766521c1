import type { EntityManager } from 'typeorm';
import { ContactPreferenceEntity, type PostalAddress } from './entities/contact-preference.entity';

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
 * Records how a participant, carer, coordinator or team wants reminders, replacing what was there.
 * Written inside the caller's transaction (a carer's registration records theirs with the carer).
 */
export async function saveContactPreferences(
  manager: EntityManager,
  preferences: ContactPreferences,
): Promise<ContactPreferenceEntity> {
  const repository = manager.getRepository(ContactPreferenceEntity);
  await repository.upsert({ ...preferences, updatedAt: new Date() }, ['siteId', 'recipientType', 'recipientId']);
  const { siteId, recipientType, recipientId } = preferences;
  return repository.findOneByOrFail({ siteId, recipientType, recipientId });
}

/** What the site recorded for this recipient, if anything. */
export function findContactPreferences(
  manager: EntityManager,
  { siteId, recipientType, recipientId }: ContactRecipient,
): Promise<ContactPreferenceEntity | null> {
  return manager.getRepository(ContactPreferenceEntity).findOneBy({ siteId, recipientType, recipientId });
}
