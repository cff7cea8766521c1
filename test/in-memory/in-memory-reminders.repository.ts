import type {
  ContactPreferenceEntity,
  ContactPreferences,
  ContactRecipient,
  PageWindow,
  ReminderEntity,
  RemindersRepository,
  SiteRemindersFilter,
} from '@ipc/persistence';

/** One page of rows and how many there are in all, as findAndCount answers. */
const pageOfRows = <Row>(rows: Row[], { skip, take }: PageWindow): [Row[], number] => [
  rows.slice(skip, skip + take),
  rows.length,
];

type CareTeamReads = Pick<
  RemindersRepository,
  'listForSite' | 'findAtSite' | 'reload' | 'aboutParticipant' | 'aboutCarer'
>;

/** What the care team reads of RemindersRepository, over an array of reminders. */
export class InMemoryRemindersRepository implements CareTeamReads {
  readonly reminders: ReminderEntity[] = [];

  async listForSite(siteId: string, filter: SiteRemindersFilter): Promise<[ReminderEntity[], number]> {
    const matching = this.reminders.filter(
      (reminder) => reminder.siteId === siteId && (!filter.status || reminder.status === filter.status),
    );
    const start = (filter.page - 1) * filter.pageSize;
    return [matching.slice(start, start + filter.pageSize), matching.length];
  }

  async findAtSite(siteId: string, reminderId: string) {
    return this.reminders.find((reminder) => reminder.id === reminderId && reminder.siteId === siteId) ?? null;
  }

  async reload(reminderId: string) {
    const reminder = this.reminders.find((each) => each.id === reminderId);
    if (!reminder) throw new Error(`no reminder ${reminderId}`);
    return reminder;
  }

  async aboutParticipant(siteId: string, participantId: string, page: PageWindow): Promise<[ReminderEntity[], number]> {
    return pageOfRows(
      this.reminders.filter((reminder) => reminder.siteId === siteId && reminder.participantId === participantId),
      page,
    );
  }

  async aboutCarer(siteId: string, carerId: string, page: PageWindow): Promise<[ReminderEntity[], number]> {
    return pageOfRows(
      this.reminders.filter(
        (reminder) =>
          reminder.siteId === siteId &&
          (reminder.carerId === carerId || (reminder.recipientType === 'carer' && reminder.recipientId === carerId)),
      ),
      page,
    );
  }
}

/** ContactPreferencesRepository's behaviour over a map keyed by site, recipient type and id. */
export class InMemoryContactPreferencesRepository {
  readonly recorded = new Map<string, ContactPreferenceEntity>();

  async save(preferences: ContactPreferences) {
    const saved = { ...preferences, updatedAt: new Date('2026-01-05T10:00:00Z') } as ContactPreferenceEntity;
    this.recorded.set(keyOf(preferences), saved);
    return saved;
  }

  async find(recipient: ContactRecipient) {
    return this.recorded.get(keyOf(recipient)) ?? null;
  }
}

const keyOf = ({ siteId, recipientType, recipientId }: ContactRecipient) => `${siteId}/${recipientType}/${recipientId}`;
