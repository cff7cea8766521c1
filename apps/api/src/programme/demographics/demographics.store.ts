import { type Demographics, PREFER_NOT_TO_SAY } from '@ipc/domain';
import type { SiteSettingsRepository } from '@ipc/persistence';
import { type FieldError, problems } from '../../problem/problem.exception';
import type { DemographicsDto } from './demographics.dto';

/**
 * Checks answers to a site's own characteristics against what the site records (400 naming each
 * bad field under `fieldPrefix`) and returns the demographics to store. Call it before any
 * transaction that stores them, so a bad answer is a 400 and not a failed referral.
 */
export async function checkDemographics(
  siteSettings: Pick<SiteSettingsRepository, 'find'>,
  siteId: string,
  dto: DemographicsDto,
  fieldPrefix: string,
): Promise<Demographics> {
  const answers = Object.entries(dto.other ?? {});
  const settings = answers.length ? await siteSettings.find(siteId) : null;
  const offered = new Map((settings?.characteristics ?? []).map(({ key, values }) => [key, values]));
  const errors: FieldError[] = [];
  for (const [key, answer] of answers) {
    const field = `${fieldPrefix}other.${key}`;
    const values = offered.get(key);
    if (!values) errors.push({ field, reason: `is not a characteristic this site records` });
    else if (typeof answer !== 'string' || ![...values, PREFER_NOT_TO_SAY].includes(answer)) {
      errors.push({ field, reason: `must be one of: ${[...values, PREFER_NOT_TO_SAY].join(', ')}` });
    }
  }
  if (errors.length) throw problems.validation(errors);
  return {
    sex: dto.sex ?? null,
    ethnicity: dto.ethnicity ?? null,
    disability: dto.disability ?? null,
    other: Object.fromEntries(answers) as Record<string, string>,
  };
}
