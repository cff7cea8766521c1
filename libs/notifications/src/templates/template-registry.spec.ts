import type { NotifyTemplateEntry } from '@ipc/config';
import { TemplateRegistry } from './template-registry';

const entry = (format: string, language: string, templateId: string): NotifyTemplateEntry => ({
  purpose: 'review-due',
  channel: 'email',
  format: format as NotifyTemplateEntry['format'],
  language,
  templateId,
});

const registry = new TemplateRegistry([
  entry('standard', 'en', 'standard-en'),
  entry('easy-read', 'en', 'easy-read-en'),
  entry('standard', 'cy', 'standard-cy'),
  entry('large-print', 'cy', 'large-print-cy'),
]);
const choose = (format: string, language: string, channel = 'email') =>
  registry.find({ purpose: 'review-due', channel, format, language });

describe(TemplateRegistry.name, () => {
  describe('find', () => {
    it('should choose the template for the exact format and language', () => {
      expect(choose('easy-read', 'en')).toBe('easy-read-en');
      expect(choose('large-print', 'cy')).toBe('large-print-cy');
    });

    it("should keep the person's language before their format", () => {
      expect(choose('easy-read', 'cy')).toBe('standard-cy');
    });

    it('should fall back to English in the same format, then to standard English', () => {
      expect(choose('easy-read', 'pl')).toBe('easy-read-en');
      expect(choose('braille', 'pl')).toBe('standard-en');
    });

    it('should find nothing for a channel or purpose without templates', () => {
      expect(choose('standard', 'en', 'sms')).toBeUndefined();
      expect(registry.find({ purpose: 'statement-due', channel: 'email', format: 'standard', language: 'en' })).toBe(
        undefined,
      );
    });
  });
});
