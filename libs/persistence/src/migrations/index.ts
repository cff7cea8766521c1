import { CreateParticipantsAndJourneys1764000000000 } from './1764000000000-CreateParticipantsAndJourneys';

/** Every migration, oldest first; listed by class so they run the same from source and from dist. */
export const MIGRATIONS = [CreateParticipantsAndJourneys1764000000000];
