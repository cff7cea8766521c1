import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConsoleConfig } from '@ipc/config';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createConsoleApp } from '../../apps/console/src/console-app';
import { randomNhsNumber } from '../factories/referral.factory';
import { accessibilityViolations, launchChromium, screenshot } from '../support/browser';
import { freePort } from '../support/ports';
import { startTestStack, type TestStack } from '../support/test-stack';
import { staff } from '../support/test-staff';

/**
 * The console in a real browser (the system's Chromium) against the real API and journeys: each
 * page reached is checked with axe-core (WCAG 2.2 AA) and saved as a screenshot.
 */
describe('care-team console in the browser', () => {
  let stack: TestStack;
  let consoleApp: NestExpressApplication;
  let browser: Browser;
  let baseUrl: string;
  let personId: string;

  beforeAll(async () => {
    stack = await startTestStack();
    await stack.api.listen(0, '127.0.0.1');
    const apiPort = (stack.api.getHttpServer().address() as AddressInfo).port;
    const consolePort = await freePort();
    consoleApp = await createConsoleApp(
      loadConsoleConfig({
        ...process.env,
        API_BASE_URL: `http://127.0.0.1:${apiPort}`,
        CONSOLE_PORT: String(consolePort),
      }),
    );
    await consoleApp.listen(consolePort, '127.0.0.1');
    baseUrl = `http://localhost:${consolePort}`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await consoleApp?.close();
    await stack?.close();
  });

  /** Every page the tests reach: no axe violations, and a screenshot named for it. */
  async function checkPage(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  async function signIn(context: BrowserContext, staffId: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel(staffId, { exact: true }).check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    return page;
  }

  async function recordStep(page: Page, linkText: string, fill: () => Promise<void>, name: string): Promise<void> {
    await page.getByRole('link', { name: linkText }).click();
    await checkPage(page, name);
    await fill();
    await page.locator('#main-form button[value=""]').click();
    await page.locator('.nhsuk-notification-banner--success').waitFor();
  }

  describe('a care coordinator', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await browser.newContext({ baseURL: baseUrl });
    });

    afterAll(() => context.close());

    it('should sign in and see their site’s people', async () => {
      page = await signIn(context, staff.coordinator.staffId);
      await page.getByRole('heading', { name: 'Your site’s people' }).waitFor();
      await checkPage(page, '01-home');
    });

    it('should show an error summary that links to the field, then refer the person', async () => {
      await page.getByRole('link', { name: 'Refer a person' }).first().click();
      await checkPage(page, '02-referral');
      await page.getByLabel('NHS number').fill('123 456 7890');
      await page.getByRole('button', { name: 'Refer' }).click();

      const summary = page.locator('.nhsuk-error-summary');
      await summary.waitFor();
      expect(await page.title()).toMatch(/^Error: /);
      await checkPage(page, '03-referral-errors');
      await summary.getByRole('link', { name: /^NHS number/ }).click();
      expect(
        await page.evaluate(
          () => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id,
        ),
      ).toBe('nhsNumber');
      await expect(page.locator('#nhsNumber-error').textContent()).resolves.toContain('NHS number');

      await page.getByLabel('NHS number').fill(randomNhsNumber());
      await page.locator('#dateOfBirth-day').fill('14');
      await page.locator('#dateOfBirth-month').fill('3');
      await page.locator('#dateOfBirth-year').fill('1950');
      await page.getByLabel('Multiple long-term conditions').check();
      await page.getByLabel('GP referral').check();
      await page.getByRole('button', { name: 'Refer' }).click();
      await page.getByText('Referral recorded').waitFor();
      personId = new URL(page.url()).pathname.split('/').pop() ?? '';
      await checkPage(page, '04-person-referred');
    });

    it('should walk the person to an agreed plan, a double submit recording once', async () => {
      await recordStep(
        page,
        'Record identification',
        async () => {
          await page.getByLabel('Yes, eligible').check();
          await page.locator('#consentToShare').check();
        },
        '05-identification',
      );
      await recordStep(
        page,
        'Record tailored offer',
        async () => {
          await page.getByLabel('Standard').check();
          await page.getByLabel('Declined').check();
          await page.getByLabel('Community connector').fill('connector-a');
        },
        '06-offer',
      );
      await recordStep(
        page,
        'Record guided conversation',
        async () => {
          await page.getByLabel('What matters to them').fill('Getting back to the allotment');
          await page.getByLabel('Personalised care and support planning').check();
        },
        '07-guided-conversation',
      );
      await recordStep(
        page,
        'Record patient activation measure (PAM)',
        async () => {
          await page.getByLabel('PAM score').fill('52.3');
        },
        '08-activation',
      );

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
      await checkPage(page, '09-care-plan');
      // Two clicks before the first answer: the browser sends the form twice with one key.
      await page.locator('#main-form button[value=""]').dblclick();
      await page.locator('.nhsuk-notification-banner--success').waitFor();
      await checkPage(page, '10-person-planning');

      const details = await stack.http
        .get(`/api/v1/participants/${personId}`)
        .set('Authorization', `Bearer ${staff.coordinator.token}`);
      expect(details.body.draftCarePlan ?? details.body.carePlan).toMatchObject({
        version: 1,
        totalAnnualCostPence: 150_050,
      });
      const timeline = await stack.http
        .get(`/api/v1/participants/${personId}/timeline`)
        .set('Authorization', `Bearer ${staff.coordinator.token}`);
      expect(timeline.body.steps.filter((step: { step: string }) => step.step === 'care-plan')).toHaveLength(1);

      await recordStep(page, 'Record agreement of the care and support plan', async () => undefined, '11-agreement');
      await page.locator('.nhsuk-summary-list').getByText('Plan agreed').waitFor();
      await checkPage(page, '12-person-plan-agreed');
    });
  });

  describe('a programme lead', () => {
    it('should see the dashboard with its data table and CSV, and not open a person', async () => {
      const context = await browser.newContext({ baseURL: baseUrl });
      const page = await signIn(context, staff.programmeLead.staffId);
      await page.getByRole('heading', { name: 'Programme dashboard' }).waitFor();
      await expect(page.locator('#stages-chart-title').textContent()).resolves.toBe('People at each stage now');
      await page.getByRole('table').getByRole('rowheader', { name: 'Plan agreed' }).waitFor();
      await checkPage(page, '13-programme-dashboard');
      const csv = await page.request.get((await page.getByRole('link', { name: /CSV/ }).getAttribute('href')) ?? '');
      expect(csv.headers()['content-type']).toContain('text/csv');

      const refused = await page.goto(`${baseUrl}/people/${personId}`);
      expect(refused?.status()).toBe(403);
      await page.getByRole('heading', { name: 'You cannot open this page' }).waitFor();
      await checkPage(page, '14-programme-lead-refused');
      await context.close();
    });
  });
});
