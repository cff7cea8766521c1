import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Express } from 'express';
import nunjucks from 'nunjucks';
import { ageInYears, formatDate, formatNhsNumber, formatNumber, formatPounds, humanise } from './formats';

/** The design system's package folder: its Nunjucks macros, styles, scripts and images. */
export const NHSUK_FRONTEND_DIST = join(dirname(require.resolve('nhsuk-frontend/package.json')), 'dist');

/**
 * The console's own templates, read from the source tree (the build compiles TypeScript only):
 * beside this file's folder when run from source, five levels up from dist/apps/console/src/views.
 */
export function consoleViewsDir(): string {
  const candidates = [
    join(__dirname, '..', '..', 'views'),
    join(__dirname, '..', '..', '..', '..', '..', 'apps', 'console', 'views'),
  ];
  return candidates.find((candidate) => existsSync(join(candidate, 'layout.njk'))) ?? candidates[0];
}

/**
 * Nunjucks' own `trim` is `replace(/^\s*|\s*$/g, '')`, which V8 runs in time quadratic in each run
 * of whitespace; the design system's macros trim every nested component's output (a date input was
 * about 36 ms a render). `String.prototype.trim` removes the same characters in one pass.
 */
export function trimFilter(value: unknown): unknown {
  const trimmed = String(value).trim();
  return value instanceof nunjucks.runtime.SafeString ? new nunjucks.runtime.SafeString(trimmed) : trimmed;
}

/** Nunjucks over the console's templates and the design system's macros, escaping by default. */
export function configureViews(app: Express, viewsDir = consoleViewsDir()): nunjucks.Environment {
  const environment = nunjucks.configure([viewsDir, NHSUK_FRONTEND_DIST], {
    autoescape: true,
    throwOnUndefined: false,
    express: app,
  });
  environment.addFilter('trim', trimFilter);
  environment.addFilter('nhsNumber', formatNhsNumber);
  environment.addFilter('date', formatDate);
  environment.addFilter('pounds', formatPounds);
  environment.addFilter('humanise', humanise);
  environment.addFilter('number', formatNumber);
  environment.addFilter('age', (value: unknown) => ageInYears(value));
  app.set('view engine', 'njk');
  return environment;
}
