import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConsoleConfig } from '@ipc/config';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createConsoleApp } from '../../apps/console/src/console-app';
import { randomNhsNumber } from '../factories/referral.factory';
import { accessibilityViolations, launchChromium, screenshot } from './browser';
import { type RunningIdentityProvider, startIdentityProvider } from './identity-provider';
import { freePort } from './ports';
import { startTestStack, type TestStack } from './test-stack';
import { TEST_STAFF_TOKENS } from './test-staff';

/** The console with the real API and journeys behind it, a dev identity provider of its own and Chromium. */
export interface ConsoleInBrowser {
  provider: RunningIdentityProvider;
  stack: TestStack;
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * Starts the provider, the API and worker, the console and the system's Chromium. The provider's
 * connector joins STAFF_TOKENS (the API's directory of who may hold a case, for now); OIDC_ISSUER
 * and STAFF_TOKENS are put back on close for the test files that run after in the same process.
 */
export async function startConsoleInBrowser(): Promise<ConsoleInBrowser> {
  const saved = { OIDC_ISSUER: process.env.OIDC_ISSUER, STAFF_TOKENS: process.env.STAFF_TOKENS };
  const consolePort = await freePort();
  const baseUrl = `http://localhost:${consolePort}`;
  const provider = await startIdentityProvider({ consoleBaseUrl: baseUrl });
  process.env.OIDC_ISSUER = provider.issuer;
  const connector = { token: 'test-dev-connector', staffId: 'dev-connector', siteId: 'dev-site', teamId: 'dev-team' };
  process.env.STAFF_TOKENS = JSON.stringify([...TEST_STAFF_TOKENS, { ...connector, role: 'community-connector' }]);
  const stack = await startTestStack();
  await stack.api.listen(0, '127.0.0.1');
  const apiPort = (stack.api.getHttpServer().address() as AddressInfo).port;
  const consoleApp: NestExpressApplication = await createConsoleApp(
    loadConsoleConfig({
      ...process.env,
      API_BASE_URL: `http://127.0.0.1:${apiPort}`,
      CONSOLE_PORT: String(consolePort),
    }),
  );
  await consoleApp.listen(consolePort, '127.0.0.1');
  const browser = await launchChromium();
  return {
    provider,
    stack,
    browser,
    baseUrl,
    async close() {
      await browser.close();
      await consoleApp.close();
      await stack.close();
      await provider.stop();
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) Reflect.deleteProperty(process.env, name);
        else process.env[name] = value;
      }
    },
  };
}

/** The API as a signed-in person, for checking what the console recorded. */
export async function apiAs(running: ConsoleInBrowser, username: string) {
  const token = await running.provider.signIn(username);
  return (path: string) => running.stack.http.get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
}

/** Every page the tests reach: a screenshot named for it, and no axe violations. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** The identity provider's own login and consent pages, as a person meets them (code flow with PKCE). */
async function signInAtProvider(running: ConsoleInBrowser, page: Page, username: string): Promise<void> {
  await page.waitForURL(`${running.provider.issuer}/interaction/**`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('dev-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL(`${running.baseUrl}/**`);
}

export async function signIn(running: ConsoleInBrowser, context: BrowserContext, username: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${running.baseUrl}/`);
  await signInAtProvider(running, page, username);
  return page;
}

/** Opens a step's form from the person's page, fills it and sends it, back at the person's page. */
export async function recordStep(page: Page, linkText: string, fill: () => Promise<void>, name: string): Promise<void> {
  await page.getByRole('link', { name: linkText }).click();
  await checkPage(page, name);
  await fill();
  await page.locator('#main-form button[value=""]').click();
  await page.locator('.nhsuk-notification-banner--success').waitFor();
}

/**
 * Fills the referral form (open at /referrals/new) for a person with multiple long-term conditions
 * born 14 March 1950, sends it, and gives the id of the person's page it lands on.
 */
export async function referPerson(page: Page, givenName: string, familyName: string): Promise<string> {
  await page.getByLabel('Given name').fill(givenName);
  await page.getByLabel('Family name').fill(familyName);
  await page.getByLabel('NHS number').fill(randomNhsNumber());
  await page.locator('#dateOfBirth-day').fill('14');
  await page.locator('#dateOfBirth-month').fill('3');
  await page.locator('#dateOfBirth-year').fill('1950');
  await page.getByLabel('Multiple long-term conditions').check();
  await page.getByLabel('GP referral').check();
  await page.getByRole('button', { name: 'Refer' }).click();
  await page.getByText('Referral recorded').waitFor();
  await page.getByRole('heading', { name: `${givenName} ${familyName}`, level: 1 }).waitFor();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** The steps from a referral to planning, each as its link on the person's page and how its form is filled. */
export const STEPS_TO_PLANNING: { link: string; name: string; fill(page: Page): Promise<void> }[] = [
  {
    link: 'Record identification',
    name: 'identification',
    fill: async (page) => {
      await page.getByLabel('Yes, eligible').check();
      await page.locator('#consentToShare').check();
    },
  },
  {
    link: 'Record tailored offer',
    name: 'offer',
    fill: async (page) => {
      await page.getByLabel('Standard').check();
      await page.getByRole('radio', { name: 'Declined' }).check();
      await page.getByLabel('Why they declined advocacy').fill('Their daughter speaks for them');
      await page.getByLabel('Community connector').fill('dev-connector');
    },
  },
  {
    link: 'Record guided conversation',
    name: 'guided-conversation',
    fill: async (page) => {
      await page.getByLabel('What matters to them').fill('Getting back to the allotment');
      await page.getByLabel('Personalised care and support planning').check();
    },
  },
  {
    link: 'Record patient activation measure (PAM)',
    name: 'activation',
    fill: async (page) => {
      await page.getByLabel('PAM score').fill('52.3');
    },
  },
];

/**
 * The care plan form with one outcome and two support items, physiotherapy £1,200.00 and a
 * gardening group £300.50 (£1,500.50 a year), the second added with "Add another support item".
 */
export async function fillCarePlan(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Record care and support plan' }).click();
  await page.locator('input[name="outcomes[0][area]"][value="health"]').check();
  await page.getByLabel('What they want to achieve').fill('Walk to the shops');
  await page.locator('#supportItems-0-description').fill('Physiotherapy');
  await page.locator('#supportItems-0-provider').fill('Community physio');
  await page.locator('#supportItems-0-annualCostPence').fill('1200');
  await page.getByRole('button', { name: 'Add another support item' }).click();
  await page.locator('#supportItems-1-description').fill('Gardening group');
  await page.locator('#supportItems-1-provider').fill('Allotment society');
  await page.locator('#supportItems-1-annualCostPence').fill('300.50');
  await page.getByLabel('Who to contact if things go wrong').fill('Duty coordinator');
  await page.getByLabel('What happens then').fill('Call the duty line');
}
