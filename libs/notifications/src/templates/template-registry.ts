import type { NotifyTemplateEntry } from '@ipc/config';

export interface TemplateChoice {
  purpose: string;
  channel: string;
  format: string;
  language: string;
}

const DEFAULT_FORMAT = 'standard';
const DEFAULT_LANGUAGE = 'en';

/**
 * The Notify templates a site has, by purpose, channel, format and language (from NOTIFY_TEMPLATES).
 * The person's format and language choose one; when there is no exact template, their language wins
 * over their format (a Welsh standard letter before an English easy-read one), then English.
 */
export class TemplateRegistry {
  private readonly templates = new Map<string, string>();

  constructor(entries: readonly NotifyTemplateEntry[]) {
    for (const entry of entries) this.templates.set(TemplateRegistry.key(entry), entry.templateId);
  }

  find(choice: TemplateChoice): string | undefined {
    const candidates: [string, string][] = [
      [choice.format, choice.language],
      [DEFAULT_FORMAT, choice.language],
      [choice.format, DEFAULT_LANGUAGE],
      [DEFAULT_FORMAT, DEFAULT_LANGUAGE],
    ];
    for (const [format, language] of candidates) {
      const templateId = this.templates.get(TemplateRegistry.key({ ...choice, format, language }));
      if (templateId) return templateId;
    }
    return undefined;
  }

  private static key({ purpose, channel, format, language }: TemplateChoice): string {
    return [purpose, channel, format, language.toLowerCase()].join('|');
  }
}
