import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConsoleConfig } from '@ipc/config';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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

/**
 * How a test works a page's controls: with the mouse (Playwright's own actions), or by keyboard
 * alone. A journey written against these walks either way, so the keyboard walk is the same walk.
 */
export interface Hands {
  fill(field: Locator, text: string): Promise<void>;
  /** A radio or a checkbox: chosen or ticked (never unticked). */
  check(control: Locator): Promise<void>;
  select(field: Locator, value: string): Promise<void>;
  /** A link or a button. */
  press(control: Locator): Promise<void>;
}

export const MOUSE: Hands = {
  fill: (field, text) => field.fill(text),
  check: (control) => control.check(),
  select: async (field, value) => {
    await field.selectOption(value);
  },
  press: (control) => control.click(),
};

/** The DOM as the page's scripts see it, for the few facts a key press cannot tell (the tests' lib has no DOM). */
interface FocusableElement {
  ownerDocument: { activeElement: unknown };
}

const hasFocus = (control: Locator) =>
  control.evaluate((element) => element === (element as unknown as FocusableElement).ownerDocument.activeElement);

/** Presses `key` until `reached` holds, failing after `maxPresses`, with what was sought. */
async function pressUntil(
  page: Page,
  key: string,
  reached: () => Promise<boolean>,
  maxPresses: number,
  sought: string,
) {
  for (let presses = 0; presses <= maxPresses; presses += 1) {
    if (await reached()) return;
    if (presses < maxPresses) await page.keyboard.press(key);
  }
  throw new Error(`${sought} not reached by ${maxPresses} presses of ${key}`);
}

/** A date field (`type="date"`) takes its digits as an en-GB browser shows it: day, month, year. */
const dateAsTyped = (isoDate: string) => isoDate.split('-').reverse().join('');

/** Presses Tab until `control` has focus; fails after `maxPresses` (a control the keyboard cannot reach). */
export function tabTo(page: Page, control: Locator, maxPresses = 100): Promise<void> {
  return pressUntil(page, 'Tab', () => hasFocus(control), maxPresses, String(control));
}

/**
 * Tab, Enter, Space, arrow keys and typing only. A radio group is one Tab stop: Tab reaches the group
 * (its chosen radio, or its first) and the arrow keys move to, and choose, the radio wanted.
 */
export function keyboardHands(page: Page): Hands {
  return {
    async fill(field, text) {
      await tabTo(page, field);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type((await field.getAttribute('type')) === 'date' ? dateAsTyped(text) : text);
    },
    async check(control) {
      if ((await control.getAttribute('type')) === 'radio') {
        const group = await control.getAttribute('name');
        const inGroup = () =>
          page.evaluate(
            (name) =>
              (globalThis as unknown as { document: { activeElement: { name?: string } | null } }).document
                .activeElement?.name === name,
            group,
          );
        await pressUntil(page, 'Tab', inGroup, 100, `the radios ${group}`);
        await pressUntil(page, 'ArrowDown', () => hasFocus(control), 12, String(control));
      } else {
        await tabTo(page, control);
      }
      if (!(await control.isChecked())) await page.keyboard.press('Space');
    },
    async select(field, value) {
      await tabTo(page, field);
      await page.keyboard.press('Home');
      await pressUntil(page, 'ArrowDown', async () => (await field.inputValue()) === value, 30, `${value} in ${field}`);
    },
    async press(control) {
      await tabTo(page, control);
      await page.keyboard.press('Enter');
    },
  };
}

/** The identity provider's own login and consent pages, as a person meets them (code flow with PKCE). */
async function signInAtProvider(running: ConsoleInBrowser, page: Page, username: string, hands: Hands) {
  await page.waitForURL(`${running.provider.issuer}/interaction/**`);
  await hands.fill(page.getByLabel('Username'), username);
  await hands.fill(page.getByLabel('Password'), 'dev-password');
  await hands.press(page.getByRole('button', { name: 'Sign in' }));
  await hands.press(page.getByRole('button', { name: 'Allow' }));
  await page.waitForURL(`${running.baseUrl}/**`);
}

/** Signs in through the provider's pages with the mouse, or by keyboard alone (`keyboardHands`). */
export async function signIn(
  running: ConsoleInBrowser,
  context: BrowserContext,
  username: string,
  hands: (page: Page) => Hands = () => MOUSE,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${running.baseUrl}/`);
  await signInAtProvider(running, page, username, hands(page));
  return page;
}

/** Opens a step's form from the person's page, fills it and sends it, back at the person's page. */
export async function recordStep(
  page: Page,
  linkText: string,
  fill: () => Promise<void>,
  name: string,
  hands = MOUSE,
): Promise<void> {
  await hands.press(page.getByRole('link', { name: linkText }));
  await checkPage(page, name);
  await fill();
  await hands.press(page.locator('#main-form button[value=""]'));
  await page.locator('.nhsuk-notification-banner--success').waitFor();
}

/**
 * Fills the referral form (open at /referrals/new) for a person with multiple long-term conditions
 * born 14 March 1950, sends it, and gives the id of the person's page it lands on.
 */
export async function referPerson(page: Page, givenName: string, familyName: string, hands = MOUSE): Promise<string> {
  await hands.fill(page.getByLabel('Given name'), givenName);
  await hands.fill(page.getByLabel('Family name'), familyName);
  await hands.fill(page.getByLabel('NHS number'), randomNhsNumber());
  await hands.fill(page.locator('#dateOfBirth-day'), '14');
  await hands.fill(page.locator('#dateOfBirth-month'), '3');
  await hands.fill(page.locator('#dateOfBirth-year'), '1950');
  await hands.check(page.getByLabel('Multiple long-term conditions'));
  await hands.check(page.getByLabel('GP referral'));
  await hands.press(page.getByRole('button', { name: 'Refer' }));
  await page.getByText('Referral recorded').waitFor();
  await page.getByRole('heading', { name: `${givenName} ${familyName}`, level: 1 }).waitFor();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** The steps from a referral to planning, each as its link on the person's page and how its form is filled. */
export const STEPS_TO_PLANNING: { link: string; name: string; fill(page: Page, hands?: Hands): Promise<void> }[] = [
  {
    link: 'Record identification',
    name: 'identification',
    fill: async (page, hands = MOUSE) => {
      await hands.check(page.getByLabel('Yes, eligible'));
      await hands.check(page.locator('#consentToShare'));
    },
  },
  {
    link: 'Record tailored offer',
    name: 'offer',
    fill: async (page, hands = MOUSE) => {
      await hands.check(page.getByLabel('Standard'));
      await hands.check(page.getByRole('radio', { name: 'Declined' }));
      await hands.fill(page.getByLabel('Why they declined advocacy'), 'Their daughter speaks for them');
      await hands.fill(page.getByLabel('Community connector'), 'dev-connector');
    },
  },
  {
    link: 'Record guided conversation',
    name: 'guided-conversation',
    fill: async (page, hands = MOUSE) => {
      await hands.fill(page.getByLabel('What matters to them'), 'Getting back to the allotment');
      await hands.check(page.getByLabel('Personalised care and support planning'));
    },
  },
  {
    link: 'Record patient activation measure (PAM)',
    name: 'activation',
    fill: async (page, hands = MOUSE) => {
      await hands.fill(page.getByLabel('PAM score'), '52.3');
    },
  },
];

/**
 * The care plan form with one outcome and two support items, physiotherapy £1,200.00 and a
 * gardening group £300.50 (£1,500.50 a year), the second added with "Add another support item".
 */
export async function fillCarePlan(page: Page, hands = MOUSE): Promise<void> {
  await hands.press(page.getByRole('link', { name: 'Record care and support plan' }));
  await hands.check(page.locator('input[name="outcomes[0][area]"][value="health"]'));
  await hands.fill(page.getByLabel('What they want to achieve'), 'Walk to the shops');
  await hands.fill(page.locator('#supportItems-0-description'), 'Physiotherapy');
  await hands.fill(page.locator('#supportItems-0-provider'), 'Community physio');
  await hands.fill(page.locator('#supportItems-0-annualCostPence'), '1200');
  await hands.press(page.getByRole('button', { name: 'Add another support item' }));
  await hands.fill(page.locator('#supportItems-1-description'), 'Gardening group');
  await hands.fill(page.locator('#supportItems-1-provider'), 'Allotment society');
  await hands.fill(page.locator('#supportItems-1-annualCostPence'), '300.50');
  await hands.fill(page.getByLabel('Who to contact if things go wrong'), 'Duty coordinator');
  await hands.fill(page.getByLabel('What happens then'), 'Call the duty line');
}
