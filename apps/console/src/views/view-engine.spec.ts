import express from 'express';
import nunjucks from 'nunjucks';
import { configureViews, consoleViewsDir, NHSUK_FRONTEND_DIST, trimFilter } from './view-engine';

const DATE_INPUT = `{% from "nhsuk/components/date-input/macro.njk" import dateInput %}{{ dateInput({
  id: "dateOfBirth", namePrefix: "dateOfBirth",
  fieldset: { legend: { text: "Date of birth", size: "s" } },
  hint: { text: "For example, 14 3 1950" }, errorMessage: { text: "Enter a real date" },
  items: [{ name: "day", value: "31" }, { name: "month", value: "2" }, { name: "year" }]
}) }}`;

describe('configureViews', () => {
  const environment = configureViews(express());

  it("should render the design system's macros exactly as Nunjucks' own trim does", () => {
    const nunjucksOwn = new nunjucks.Environment(
      new nunjucks.FileSystemLoader([consoleViewsDir(), NHSUK_FRONTEND_DIST]),
      { autoescape: true },
    );
    const html = environment.renderString(DATE_INPUT, {});
    expect(html).toContain('nhsuk-date-input');
    expect(html).toBe(nunjucksOwn.renderString(DATE_INPUT, {}));
  });

  it('should keep markup marked safe as safe, and escape the rest', () => {
    expect(environment.renderString('{{ markup | safe | trim }}|{{ markup | trim }}', { markup: '  <b>x</b>\n' })).toBe(
      '<b>x</b>|&lt;b&gt;x&lt;/b&gt;',
    );
  });
});

describe(trimFilter.name, () => {
  it('should trim a long run of whitespace in one pass (the regex it replaces takes seconds)', () => {
    const text = `a${' '.repeat(20_000)}b`;
    const started = performance.now();
    expect(trimFilter(`\n ${text} \t`)).toBe(text);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
