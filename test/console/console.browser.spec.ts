import IORedis from 'ioredis';
import type { BrowserContext, Page } from 'playwright-core';
import { resourceAllocation } from '../factories/budget.factory';
import {
  apiAs as apiAsIn,
  checkPage,
  type ConsoleInBrowser,
  fillCarePlan,
  recordStep,
  referPerson,
  signIn as signInTo,
  startConsoleInBrowser,
  STEPS_TO_PLANNING,
} from '../support/console-browser';
import { screenshot } from '../support/browser';
import { eventually } from '../support/eventually';

/**
 * The console in a real browser (the system's Chromium) against the real API and journeys, signing
 * in at the dev identity provider through its own pages: each console page reached is checked with
 * axe-core (WCAG 2.2 AA) and saved as a screenshot.
 */
describe('care-team console in the browser', () => {
  let running: ConsoleInBrowser;
  let personId: string;

  beforeAll(async () => {
    running = await startConsoleInBrowser();
  }, 120_000);

  afterAll(() => running?.close());

  const apiAs = (username: string) => apiAsIn(running, username);
  const signIn = (context: BrowserContext, username: string) => signInTo(running, context, username);

  describe('a care coordinator', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await running.browser.newContext({ baseURL: running.baseUrl });
    });

    afterAll(() => context.close());

    it('should sign in at the identity provider and see their caseload and team’s worklists', async () => {
      page = await signIn(context, 'coordinator');
      await page.getByRole('heading', { name: 'Your caseload' }).waitFor();
      await page.getByText('Casey Coordinator (Care coordinator)').waitFor();
      await page.locator('#worklists').getByRole('link', { name: 'New referrals, not yet identified' }).waitFor();
      await checkPage(page, '01-home');
    });

    it('should warn two minutes before the idle timeout, which Redis keeps for the session', async () => {
      const idlePage = await context.newPage();
      await idlePage.clock.install();
      await idlePage.goto('/');
      const warning = idlePage.locator('#session-warning');
      await idlePage.clock.fastForward('27:50');
      expect(await warning.isVisible()).toBe(false);
      await idlePage.clock.fastForward('00:20');
      await warning.getByText('You will be signed out soon').waitFor();
      await checkPage(idlePage, '01-session-warning');
      await idlePage.close();

      const cookie = (await context.cookies()).find((candidate) => candidate.name === 'ipc-console.sid');
      const sessionId = decodeURIComponent(cookie?.value ?? '')
        .replace(/^s:/, '')
        .replace(/\.[^.]*$/, '');
      const redis = new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
      const secondsLeft = await redis.ttl(`${process.env.REDIS_PREFIX}:console-session:${sessionId}`);
      redis.disconnect();
      expect(secondsLeft).toBeGreaterThan(29 * 60);
      expect(secondsLeft).toBeLessThanOrEqual(30 * 60);
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

      personId = await referPerson(page, 'Siân', 'Evans');
      await checkPage(page, '04-person-referred');
    });

    it('should walk the person to an agreed plan, a double submit recording once', async () => {
      for (const [index, step] of STEPS_TO_PLANNING.entries()) {
        await recordStep(page, step.link, () => step.fill(page), `${String(index + 5).padStart(2, '0')}-${step.name}`);
      }
      await fillCarePlan(page);
      await checkPage(page, '09-care-plan');
      // Two clicks before the first answer: the browser sends the form twice with one key.
      await page.locator('#main-form button[value=""]').dblclick();
      await page.locator('.nhsuk-notification-banner--success').waitFor();
      await checkPage(page, '10-person-planning');

      const api = await apiAs('coordinator');
      const details = await api(`/participants/${personId}`);
      expect(details.body.draftCarePlan ?? details.body.carePlan).toMatchObject({
        version: 1,
        totalAnnualCostPence: 150_050,
      });
      const timeline = await api(`/participants/${personId}/timeline`);
      expect(timeline.body.steps.filter((step: { step: string }) => step.step === 'care-plan')).toHaveLength(1);

      await recordStep(page, 'Record agreement of the care and support plan', async () => undefined, '11-agreement');
      await page.locator('.nhsuk-summary-list').getByText('Plan agreed').waitFor();
      await checkPage(page, '12-person-plan-agreed');
    });

    it('should show the person on their caseload and their team’s worklist with its count', async () => {
      await page.getByRole('link', { name: 'Home', exact: true }).click();
      const caseload = page.getByRole('table', { name: /Open cases you coordinate/ });
      await caseload.locator(`a[href="/people/${personId}"]`).waitFor();
      const worklist = page.locator('#worklists li', { hasText: 'A plan but no Individual Statement of Resources' });
      expect(Number(await worklist.locator('.nhsuk-tag').textContent())).toBeGreaterThanOrEqual(1);
      await checkPage(page, '16-home-caseload');
      await worklist.getByRole('link').click();
      await page.locator(`a[href="/people/${personId}"]`).waitFor();
      await checkPage(page, '17-worklist');
    });

    it('should find the person by name with its accent left out and by NHS number, and say what is wrong with a search', async () => {
      await page.getByRole('link', { name: 'Find a person' }).first().click();
      await page.locator('#results').waitFor();
      await checkPage(page, '18-search-everyone');
      await page.getByLabel('NHS number or name').fill('Sian Evans');
      await page.locator('#dateOfBirth-day').fill('14');
      await page.locator('#dateOfBirth-month').fill('3');
      await page.locator('#dateOfBirth-year').fill('1950');
      await page.getByRole('button', { name: 'Search' }).click();
      const found = page.locator('#results').getByRole('link', { name: 'Siân Evans' });
      await found.first().waitFor();
      expect(await page.locator(`#results a[href="/people/${personId}"]`).count()).toBe(1);
      await checkPage(page, '19-search-found');

      const details = await (await apiAs('coordinator'))(`/participants/${personId}`);
      const nhsNumber = String(details.body.nhsNumber);
      await page.goto(`/search?q=${nhsNumber}`);
      await page
        .locator('#results')
        .getByText(`${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`)
        .first()
        .waitFor();

      await page.getByLabel('Postcode (optional)').fill('not a postcode');
      await page.getByRole('button', { name: 'Search' }).click();
      const summary = page.locator('.nhsuk-error-summary');
      await summary.getByRole('link', { name: /^Postcode/ }).waitFor();
      await checkPage(page, '20-search-errors');
    });

    it('should name a connector and transfer the case to another team, the form saying what is missing first', async () => {
      await page.goto(`/people/${personId}`);
      await page.getByRole('link', { name: 'Name a coordinator or connector' }).click();
      await page.getByRole('button', { name: 'Name them' }).click();
      await page
        .locator('.nhsuk-error-summary')
        .getByRole('link', { name: /^Who you are naming/ })
        .waitFor();
      await checkPage(page, '21-assignment-errors');
      await page.getByLabel('Community connector').check();
      await page.getByLabel('Their staff id').fill('dev-connector');
      await page.getByRole('button', { name: 'Name them' }).click();
      await page.getByText('Who holds the case is recorded').waitFor();

      await page.getByRole('link', { name: 'Transfer to another team' }).click();
      await checkPage(page, '22-transfer');
      await page.getByLabel('dev-team-2').check();
      await page.getByLabel('Why').fill('They moved across the city');
      await page.getByRole('button', { name: 'Transfer the case' }).click();
      await page.getByText('The case is transferred').waitFor();
      await page.locator('.nhsuk-summary-list').getByText('dev-team-2').first().waitFor();
      await checkPage(page, '23-person-transferred');
    });

    it('should issue the ISR, record a plan without a personal budget, ask for an early review and record one', async () => {
      const admin = await running.provider.signIn('admin');
      await running.stack.http
        .put('/api/v1/site/resource-allocation')
        .set('Authorization', `Bearer ${admin}`)
        .send(resourceAllocation())
        .expect(200);

      await page.goto(`/people/${personId}`);
      await recordStep(
        page,
        'Issue the Individual Statement of Resources (ISR)',
        async () => {
          await page.getByLabel('High', { exact: true }).check();
          await page.getByLabel('Their assessed contribution').fill('1200');
        },
        '24-indicative-budget',
      );
      await page.getByText('Indicative budget (Individual Statement of Resources)').waitFor();
      await recordStep(
        page,
        'Record that they decline a personal budget',
        async () => {
          await page.getByLabel('Why they declined a personal budget').fill('They would rather the team arranges it');
        },
        '25-budget-decline',
      );
      await page.getByText('They chose a plan without a personal budget').waitFor();

      await page.getByRole('link', { name: 'Ask for an early review' }).click();
      await page.getByRole('button', { name: 'Ask for the review' }).click();
      await page
        .locator('.nhsuk-error-summary')
        .getByRole('link', { name: /^Why a review is needed now/ })
        .waitFor();
      await checkPage(page, '26-review-request-errors');
      await page.getByLabel('A stay in hospital').check();
      await page.getByRole('button', { name: 'Ask for the review' }).click();
      await page.getByText('An early review is asked for').waitFor();

      await recordStep(
        page,
        'Record review',
        async () => {
          await page.getByLabel('The person', { exact: true }).check();
          await page.getByLabel('Their care coordinator').check();
          await page.getByLabel('The plan continues').check();
        },
        '27-review',
      );
      await checkPage(page, '28-person-reviewed');

      // With no address recorded for them, the ISR's reminder to the person cannot be sent: once the
      // reminder worker has given up on it, the page offers to send it again.
      const sendAgain = page.locator('#reminders ~ table').getByRole('button', { name: /^Send again/ });
      await eventually(
        async () => {
          await page.reload();
          return sendAgain.count();
        },
        (count) => count > 0,
        30_000,
      );
      await sendAgain.first().click();
      await page
        .locator('.nhsuk-notification-banner')
        .getByText(/The reminder (is being sent again|was not sent again)/)
        .waitFor();
    });

    it('should refuse to mark a review entered in error, and reopen a journey closed in error', async () => {
      await page.goto(`/people/${personId}`);
      await page.getByRole('link', { name: /^Mark this step entered in error/ }).click();
      await page.getByLabel('Why it was entered in error').fill('Recorded on the wrong person');
      await page.getByRole('button', { name: 'Mark it entered in error' }).click();
      // A review held stays held: the journey says so, and the form shows why.
      await page
        .locator('.nhsuk-error-summary')
        .getByText(/a review was held/)
        .waitFor();
      await checkPage(page, '29-entered-in-error-refused');
      await page.getByRole('link', { name: 'Back to the person' }).click();

      await recordStep(
        page,
        'Record closure',
        async () => {
          await page.getByLabel('Needs met').check();
        },
        '30-closure',
      );
      await page.getByRole('link', { name: 'Reopen the journey (closed in error)' }).click();
      await page.getByLabel('Why it was closed in error').fill('Closed on the wrong person');
      await checkPage(page, '31-reopen');
      await page.getByRole('button', { name: 'Reopen the journey' }).click();
      await page.getByText('The journey is open again').waitFor();
      expect(await page.getByRole('link', { name: 'Reopen the journey (closed in error)' }).count()).toBe(0);
    });
  });

  describe('a programme lead', () => {
    it('should see the dashboard with its data table and CSV, and not open a person', async () => {
      const context = await running.browser.newContext({ baseURL: running.baseUrl });
      const page = await signIn(context, 'lead');
      await page.getByRole('heading', { name: 'Programme dashboard' }).waitFor();
      await expect(page.locator('#stages-chart-title').textContent()).resolves.toBe('People at each stage now');
      await page.locator('#stages-table').getByRole('rowheader', { name: 'Plan agreed' }).waitFor();
      await checkPage(page, '13-programme-dashboard');
      const csvLink = page.getByRole('link', { name: /throughput for this period as CSV/ });
      const csv = await page.request.get((await csvLink.getAttribute('href')) ?? '');
      expect(csv.headers()['content-type']).toContain('text/csv');

      const refused = await page.goto(`${running.baseUrl}/people/${personId}`);
      expect(refused?.status()).toBe(403);
      await page.getByRole('heading', { name: 'You cannot open this page' }).waitFor();
      await checkPage(page, '14-programme-lead-refused');
      await context.close();
    });
  });

  describe('an administrator', () => {
    it("should open the reminder queue's dashboard, which the API serves to administrators only", async () => {
      const context = await running.browser.newContext({ baseURL: running.baseUrl });
      const page = await signIn(context, 'admin');
      await page.goto('/api/v1/admin/queues');
      // The dashboard's own page (not the design system's), drawn by its scripts from the API's answers.
      await page.getByText('IPC reminders').first().waitFor();
      await page
        .getByRole('link', { name: /reminders/ })
        .first()
        .waitFor();
      await screenshot(page, '16-queue-dashboard');
      // A change sent from anywhere but a console page (no Origin of this console) goes nowhere.
      const forged = await page.request.put('/api/v1/admin/queues/api/queues/reminders/retry/failed');
      expect(forged.status()).toBe(403);
      await context.close();

      const leadContext = await running.browser.newContext({ baseURL: running.baseUrl });
      const lead = await signIn(leadContext, 'lead');
      const refused = await lead.goto('/api/v1/admin/queues');
      expect(refused?.status()).toBe(403);
      await lead.getByRole('heading', { name: 'Only administrators can see the queue dashboard' }).waitFor();
      await checkPage(lead, '17-queue-dashboard-refused');
      await leadContext.close();
    });
  });

  describe('signing out and expiry', () => {
    it('should sign out of the console and of the identity provider', async () => {
      const context = await running.browser.newContext({ baseURL: running.baseUrl });
      const page = await signIn(context, 'coordinator');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(`${running.provider.issuer}/**`);
      await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await page.getByRole('heading', { name: 'You have signed out' }).waitFor();
      await checkPage(page, '15-signed-out');

      await page.goto('/');
      await page.getByLabel('Username').waitFor();
      await context.close();
    });

    it('should send the person to sign in again when their access token expires, and back to the page', async () => {
      await running.provider.restart({ accessTokenTtlSeconds: 15 });
      const context = await running.browser.newContext({ baseURL: running.baseUrl });
      const page = await signIn(context, 'lead');
      await page.getByRole('heading', { name: 'Programme dashboard' }).waitFor();
      const authorisations: string[] = [];
      page.on('request', (request) => {
        if (request.url().startsWith(`${running.provider.issuer}/auth`)) authorisations.push(request.url());
      });

      // The console stops using a token ten seconds before its end.
      await page.waitForTimeout(5500);
      await page.goto('/programme?from=2026-01-01');
      await page.getByRole('heading', { name: 'Programme dashboard' }).waitFor();
      expect(new URL(page.url()).search).toBe('?from=2026-01-01');
      // The provider still knew them, so it sent them straight back with a new token.
      expect(authorisations).toHaveLength(1);
      await context.close();
    });
  });
});
