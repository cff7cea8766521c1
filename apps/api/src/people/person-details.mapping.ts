import { EMPTY_PERSON_DETAILS, type PersonDetails, type RecordedPersonDetails } from '@ipc/persistence';
import type { PersonDetailsDto } from './dto/person-details.dto';

/** The details a request gives, each field left out or null recorded as not known. */
export function personDetailsFrom(dto: PersonDetailsDto): PersonDetails {
  return {
    title: dto.title ?? null,
    givenName: dto.givenName,
    familyName: dto.familyName,
    preferredName: dto.preferredName ?? null,
    postalAddress: dto.postalAddress ? { lines: dto.postalAddress.lines, postcode: dto.postalAddress.postcode } : null,
    phones: (dto.phones ?? []).map(({ use, number }) => ({ use, number })),
    email: dto.email ?? null,
    gpPracticeOdsCode: dto.gpPracticeOdsCode ?? null,
    mainLanguage: dto.mainLanguage ?? null,
    interpreterNeeded: dto.interpreterNeeded ?? false,
    communicationNeeds: dto.communicationNeeds ?? [],
  };
}

/** Split at the last space: the one name a carer used to be registered with, as given and family names. */
export function splitFullName(name: string): { givenName: string; familyName: string } {
  const trimmed = name.trim();
  const lastSpace = trimmed.lastIndexOf(' ');
  return lastSpace < 0
    ? { givenName: '', familyName: trimmed }
    : { givenName: trimmed.slice(0, lastSpace).trim(), familyName: trimmed.slice(lastSpace + 1) };
}

/** Nothing recorded yet (a person referred before details were taken): the view with every field empty. */
export const NO_DETAILS_VIEW = { ...EMPTY_PERSON_DETAILS, version: 0, updatedBy: null, updatedAt: null };

export const personDetailsView = (details: RecordedPersonDetails | null) => details ?? NO_DETAILS_VIEW;
