import { addDays, londonDate } from '@ipc/domain';
import type { BrowserContext, Page } from 'playwright-core';
import {
  apiAs,
  checkPage,
  type ConsoleInBrowser,
  keyboardHands,
  recordStep,
  signIn,
  startConsoleInBrowser,
} from '../support/console-browser';
import { eventually } from '../support/eventually';
import { formatDate } from '../../apps/console/src/views/formats';
import { JourneyClient, TO_AGREEMENT } from '../support/journey-client';

interface PeopleAtStage {
  stage: string;
  people: number;
}

/** A data table's rows as text, each row's header cell first. */
async function tableRows(page: Page, id: string): Promise<string[][]> {
  return page
    .locator(`#${id} tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
    );
}

/**
 * The programme lead's dashboard, the administrator's settings, a carer's steps and a person's
 * contact preferences, in the browser against the real API and journeys. The site's figures are
 * shared with the other browser tests, so each figure is checked as what this test adds to the
 * figures it found at the start.
 */
describe('programme dashboard, site settings, carers and contact preferences in the browser', () => {
  let running: ConsoleInBrowser;
  let before: { peopleNow: PeopleAtStage[]; referrals: number };
  let agreedPersonId: string;

  const peopleAt = (rows: PeopleAtStage[], stage: string) => rows.find((row) => row.stage === stage)?.people ?? 0;

  beforeAll(async () => {
    running = await startConsoleInBrowser();
    const lead = await apiAs(running, 'lead');
    const throughput = (await lead('/programme/throughput').expect(200)).body;
    before = { peopleNow: throughput.peopleNow, referrals: throughput.moves.referrals };
    // Three people referred this autumn: one still referred, two with an agreed plan.
    const journeys = new JourneyClient(running.stack.http, { token: await running.provider.signIn('coordinator') });
    await journeys.refer();
    agreedPersonId = await journeys.walk(TO_AGREEMENT);
    await journeys.walk(TO_AGREEMENT);
  }, 180_000);

  afterAll(() => running?.close());

  // en-GB: a date field takes its digits day first, as the keyboard walks type them.
  const newContext = () => running.browser.newContext({ baseURL: running.baseUrl, locale: 'en-GB' });

  describe('an administrator', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await newContext();
      page = await signIn(running, context, 'admin');
    });

    afterAll(() => context.close());

    it('should find the site settings in the navigation and set the population and an expected rate', async () => {
      await page.getByRole('link', { name: 'Site settings' }).first().click();
      await page.getByRole('heading', { name: 'Site settings', level: 1 }).waitFor();
      await checkPage(page, '40-site-settings');
      await page.getByRole('link', { name: 'Population and expected rates' }).click();
      await page.getByLabel('Population').fill('10000');
      await page.getByLabel('In the IPC cohort').fill('5');
      await checkPage(page, '41-population-and-rates');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('The site settings are saved').waitFor();
      const settings = (await (await apiAs(running, 'admin'))('/programme/site-settings').expect(200)).body;
      expect(settings).toMatchObject({
        population: 10_000,
        expectedPer1000: { ipcCohort: 5 },
        updatedBy: expect.any(String),
      });
    });

    it('should open every other setting as a form filled with what the API holds', async () => {
      const api = await apiAs(running, 'admin');
      const thresholds = (await api('/site/worklist-thresholds').expect(200)).body;
      await page.goto('/admin');
      await page.getByRole('link', { name: 'Worklist thresholds' }).click();
      await expect(page.getByLabel('Waiting for consent longer than (days)').inputValue()).resolves.toBe(
        String(thresholds.consentWaitDays),
      );
      await expect(page.locator('#stalledDays-planning').inputValue()).resolves.toBe(
        String(thresholds.stalledDays.planning),
      );
      await checkPage(page, '48-worklist-thresholds');

      const measures = (await api('/site/outcome-measures').expect(200)).body;
      await page.goto('/admin/outcome-measures');
      const ticked = await page
        .locator('input[name="activationCohorts[]"]:checked')
        .evaluateAll((boxes) => boxes.map((box) => (box as unknown as { value: string }).value));
      expect(ticked).toEqual(measures.activationCohorts);
      await checkPage(page, '49-outcome-measures');

      // Set by the other browser tests of the site, or not yet (a 409 from the API: an empty form).
      await page.goto('/admin/resource-allocation');
      await page.getByRole('heading', { name: 'Resource allocation', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Add another reference cost' }).waitFor();
      await checkPage(page, '49-resource-allocation');
    });

    it('should show the API’s error for a review rule beside its field, then save the rule put right', async () => {
      await page.goto('/admin/review-rules');
      const every = page.locator('#rules-0-thenEveryMonths');
      await every.fill('99');
      await checkPage(page, '42-review-rules');
      await page.getByRole('button', { name: 'Save', exact: true }).click();

      const summary = page.locator('.nhsuk-error-summary');
      await summary.waitFor();
      expect(await page.title()).toMatch(/^Error: /);
      const link = summary.getByRole('link', { name: /^Rule 1: then every \(months\) must not be greater than 36/ });
      await link.waitFor();
      await checkPage(page, '43-review-rules-errors');
      await link.click();
      expect(
        await page.evaluate(
          () =>
            (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement
              ?.id,
        ),
      ).toBe('rules-0-thenEveryMonths');
      await expect(page.locator('#rules-0-thenEveryMonths-error').textContent()).resolves.toContain(
        'must not be greater than 36',
      );

      // Enter in a field saves the rules: the form's add and remove buttons are not what it presses.
      await every.fill('6');
      await every.press('Enter');
      await page.getByText('The review rules are saved').waitFor();
      await checkPage(page, '44-review-rules-saved');
      const rules = (await (await apiAs(running, 'admin'))('/site/review-rules').expect(200)).body.rules;
      expect(rules[0].thenEveryMonths).toBe(6);
    });
  });

  describe('a programme lead', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await newContext();
      page = await signIn(running, context, 'lead');
    });

    afterAll(() => context.close());

    it('should see the people this test referred at their stages, and the projection from the population set', async () => {
      await page.getByRole('heading', { name: 'Programme dashboard' }).waitFor();
      expect(await page.getByRole('link', { name: 'Site settings' }).count()).toBe(0);
      const stages = Object.fromEntries(
        (await tableRows(page, 'stages-table')).map(([stage, people]) => [stage, people]),
      );
      expect(stages['Referred']).toBe(String(peopleAt(before.peopleNow, 'referred') + 1));
      expect(stages['Plan agreed']).toBe(String(peopleAt(before.peopleNow, 'plan-agreed') + 2));
      await page.getByText(`${before.referrals + 3} referrals and`).waitFor();

      const projection = Object.fromEntries(
        (await tableRows(page, 'projection-table')).map((row) => [row[0], row.slice(1)]),
      );
      // 5 per 1,000 of 10,000 people is 50 expected.
      expect(projection['People in the IPC cohort'].slice(2)).toEqual(['5', '50']);
      for (const id of ['stages', 'time-in-stage', 'projection', 'funders', 'deployments', 'reviews']) {
        await expect(page.locator(`#${id}-chart-title`).count()).resolves.toBe(1);
      }
      await checkPage(page, '45-programme-dashboard');
    });

    it('should show equality of take-up with each count the API suppresses marked and explained', async () => {
      const lead = await apiAs(running, 'lead');
      const equality = (await lead('/programme/equality?stage=plan-agreed').expect(200)).body;
      await page.locator('#stage').selectOption('plan-agreed');
      await page.getByRole('button', { name: 'Show these figures' }).click();
      await page.getByRole('heading', { name: 'Equality of take-up: plan agreed' }).waitFor();
      const suppressed = equality.stages[0].dimensions.flatMap((table: { groups: { people: number | null }[] }) =>
        table.groups.filter((group) => group.people === null),
      );
      expect(suppressed.length).toBeGreaterThan(0);
      expect(await page.locator('table[id^="equality-"] td', { hasText: 'Fewer than 5' }).count()).toBe(
        suppressed.length,
      );
      await page.locator('#equality-heading ~ .nhsuk-inset-text').getByText(equality.suppression.rule).waitFor();
      await checkPage(page, '46-programme-equality');
    });

    it('should show the outcome figures with each count the API suppresses marked', async () => {
      const outcomes = (await (await apiAs(running, 'lead'))('/programme/outcomes').expect(200)).body;
      const counts: (number | null)[] = [
        ...outcomes.activation.map((row: { people: number | null }) => row.people),
        ...outcomes.outcomeRatings.byRating.map((row: { outcomes: number | null }) => row.outcomes),
        ...outcomes.qualityOfLife.map((row: { people: number | null }) => row.people),
        ...[outcomes.crises.beforePlan, outcomes.crises.afterPlan].flatMap((phase) =>
          phase.byKind.map((row: { events: number | null }) => row.events),
        ),
        ...outcomes.budgetTakeUp.map((row: { people: number | null }) => row.people),
        ...outcomes.spendAgainstBudget.map((row: { budgets: number | null }) => row.budgets),
      ];
      const tables = [
        'activation',
        'outcome-ratings',
        'quality-of-life',
        'crises',
        'budget-take-up',
        'spend-against-budget',
      ];
      const marked = page.locator(tables.map((id) => `#${id}-table td`).join(', '), { hasText: 'Fewer than 5' });
      expect(await marked.count()).toBe(counts.filter((count) => count === null).length);
      await expect(page.locator('#crises-chart-title').textContent()).resolves.toBe('Crises per person-year');
    });

    it('should download the figures as CSV and be refused a person', async () => {
      const href =
        (await page.getByRole('link', { name: /throughput for this period as CSV/ }).getAttribute('href')) ?? '';
      const csv = await page.request.get(href);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="?throughput-dev-site-/);
      expect(await csv.text()).toContain(
        `people-now,plan-agreed,,people,${peopleAt(before.peopleNow, 'plan-agreed') + 2}`,
      );
      const equalityCsv = await page.request.get(
        (await page.getByRole('link', { name: /equality of take-up as CSV/ }).getAttribute('href')) ?? '',
      );
      expect(await equalityCsv.text()).toMatch(/^stage,characteristic,group,people,of_referred/);
      const outcomesCsv = await page.request.get(
        (await page.getByRole('link', { name: /outcomes for this period as CSV/ }).getAttribute('href')) ?? '',
      );
      expect(outcomesCsv.headers()['content-disposition']).toMatch(/filename="?outcomes-dev-site-/);

      const refused = await page.goto(`/people/${agreedPersonId}`);
      expect(refused?.status()).toBe(403);
      await page.getByText('Programme leads see the figures for the whole site').waitFor();
      await checkPage(page, '47-programme-lead-refused');
      const settings = await page.goto('/admin/review-rules');
      expect(settings?.status()).toBe(403);
      await page.getByText('Your role does not allow this.').waitFor();
    });

    it("should change the dashboard's period and stage by keyboard alone", async () => {
      const keys = keyboardHands(page);
      await keys.press(page.getByRole('link', { name: 'Programme dashboard' }).first());
      const from = `${new Date().getUTCFullYear()}-01-01`;
      await keys.fill(page.getByLabel('From'), from);
      await keys.select(page.locator('#stage'), 'plan-agreed');
      await keys.press(page.getByRole('button', { name: 'Show these figures' }));
      await page.getByText(`Figures for your whole site from ${formatDate(from)} to`).waitFor();
      await page.getByRole('heading', { name: 'Equality of take-up: plan agreed' }).waitFor();
      expect(new URL(page.url()).searchParams.get('from')).toBe(from);
    });
  });

  describe('a care coordinator', () => {
    let context: BrowserContext;
    let page: Page;
    let carerId: string;

    beforeAll(async () => {
      context = await newContext();
      page = await signIn(running, context, 'coordinator', keyboardHands);
    });

    afterAll(() => context.close());

    it('should record a carer for the person, the form saying what is missing first', async () => {
      await page.goto(`/people/${agreedPersonId}`);
      await page.getByRole('link', { name: 'Record a carer' }).click();
      await page.getByLabel('Name', { exact: true }).fill('Robin Carerson');
      await page.getByRole('button', { name: 'Record the carer' }).click();
      const summary = page.locator('.nhsuk-error-summary');
      await summary.getByRole('link', { name: /^Kind of carer/ }).waitFor();
      await checkPage(page, '50-carer-registration-errors');

      await page.getByLabel('An adult carer').check();
      await page.getByLabel('What are they to the person?').selectOption('spouse-or-partner');
      await page.locator('#dateOfBirth-day').fill('17');
      await page.locator('#dateOfBirth-month').fill('3');
      await page.locator('#dateOfBirth-year').fill('1961');
      await page.getByLabel('Email address (optional)').fill('robin.carerson@example.com');
      await page.getByRole('radio', { name: 'Email' }).check();
      // Identified 11 months ago, so their annual health check is due within the reminder lead time.
      const [year, month, day] = addDays(londonDate(new Date()), 30 - 365).split('-');
      await page.locator('#identifiedOn-day').fill(day);
      await page.locator('#identifiedOn-month').fill(month);
      await page.locator('#identifiedOn-year').fill(year);
      await page.getByRole('button', { name: 'Record the carer' }).click();
      await page.getByText('The carer is recorded and linked to the person they care for').waitFor();
      await page.getByRole('heading', { name: 'Robin Carerson', level: 1 }).waitFor();
      carerId = new URL(page.url()).pathname.split('/').pop() ?? '';
      await checkPage(page, '51-carer-identified');
    });

    it('should take the carer through assessment, a support plan, a budget and a review', async () => {
      const keys = keyboardHands(page);
      await recordStep(
        page,
        "Offer a carer's assessment",
        () => keys.check(page.getByLabel('Face to face')),
        '52-carer-assessment-offer',
        keys,
      );
      await recordStep(
        page,
        "Record carer's assessment",
        async () => {
          await page.getByLabel('Yes, it was done').check();
          await page.locator('#eligibleNeeds').check();
          await page.getByLabel('Less than now').check();
        },
        '53-carer-assessment',
      );
      await recordStep(
        page,
        "Record carer's support plan",
        async () => {
          await page.getByLabel('What matters to the carer').fill('A regular break from caring');
          await page.locator('#supportItems-0-description').fill('Sitting service one evening a week');
          await page.locator('#supportItems-0-annualCostPence').fill('520');
        },
        '54-carer-support-plan',
      );
      await recordStep(
        page,
        "Set the carer's budget",
        () => page.getByLabel('Amount a year').fill('600'),
        '55-carer-budget',
      );
      await recordStep(
        page,
        "Record a review of the carer's support",
        async () => {
          await page.getByLabel('The support continues').check();
          await page.getByLabel('As much as now').check();
        },
        '56-carer-review',
      );
      const support = page.locator('.nhsuk-summary-list').nth(1);
      await support.getByText('Version 1, £520.00 a year').waitFor();
      await support.getByText('£600.00 a year').waitFor();
      await checkPage(page, '57-carer-reviewed');

      const carer = (await (await apiAs(running, 'coordinator'))(`/carers/${carerId}`).expect(200)).body;
      expect(carer).toMatchObject({
        stage: 'support-planned',
        reviewCount: 1,
        budget: { amountPence: 60_000 },
        supportPlan: { totalAnnualCostPence: 52_000 },
        caresFor: [{ participantId: agreedPersonId, relationship: 'spouse-or-partner' }],
      });

      await page.getByRole('link', { name: 'Back to the person they care for' }).click();
      await page.locator('#carers ~ ul').getByRole('link', { name: 'Robin Carerson' }).waitFor();
    }, 120_000);

    it("should send the carer's failed reminder again from their page", async () => {
      // The health check coming up reminds the carer and their team; the team has no inbox recorded,
      // so the worker gives up on the team's reminder and the carer's page offers to send it again.
      const api = await apiAs(running, 'coordinator');
      const failed = await eventually(
        async () =>
          (await api(`/carers/${carerId}/reminders`).expect(200)).body.items.find(
            (reminder: { status: string }) => reminder.status === 'failed',
          ),
        (reminder) => reminder !== undefined,
        30_000,
      );
      expect(failed).toMatchObject({
        recipientType: 'coordinator',
        purpose: 'transition-due',
        topic: 'annual-health-check',
      });
      await page.goto(`/carers/${carerId}`);
      const sendAgain = page.locator('#reminders ~ table').getByRole('button', {
        name: new RegExp(
          `^Send again\\W+the transition due: annual health check reminder due ${formatDate(failed.dueDate)}$`,
        ),
      });
      await checkPage(page, '57-carer-reminder-failed');
      await sendAgain.click();
      await page.locator('.nhsuk-notification-banner').getByText('The reminder is being sent again').waitFor();
      await checkPage(page, '57-carer-reminder-resent');
      const resent = (await api(`/carers/${carerId}/reminders`).expect(200)).body.items.find(
        (reminder: { id: string }) => reminder.id === failed.id,
      );
      expect(new Date(resent.queuedAt).getTime()).toBeGreaterThan(new Date(failed.queuedAt).getTime());
    });

    it('should change how the person wants reminders, an email address put right, and their communication needs', async () => {
      await page.goto(`/people/${agreedPersonId}`);
      await page.getByRole('link', { name: 'Change how they want reminders' }).click();
      await page.getByRole('radio', { name: 'Email' }).check();
      await page.getByLabel('Email address').fill('not an email');
      await page.getByRole('button', { name: 'Save their preferences' }).click();
      await page
        .locator('.nhsuk-error-summary')
        .getByRole('link', { name: /^Email address must be an email address/ })
        .waitFor();
      await checkPage(page, '58-contact-preferences-errors');
      await page.getByLabel('Email address').fill('sian.evans@example.com');
      await page.getByLabel('Large print').check();
      await page.getByRole('button', { name: 'Save their preferences' }).click();
      await page.getByText('Their contact preferences are saved').waitFor();
      await page.locator('#contact-preferences + dl').getByText('Email to sian.evans@example.com').waitFor();

      await page.getByRole('link', { name: 'Change contact details and communication needs' }).click();
      await checkPage(page, '59-contact-details');
      // By keyboard alone: Space ticks the need, Enter in a field saves (not "Add a phone number").
      await page.getByLabel('Hearing loop').press('Space');
      await page.getByLabel('Given name').press('Enter');
      await page.getByText('Their contact details and communication needs are saved').waitFor();
      await page.locator('.nhsuk-summary-list').getByText('Hearing loop').waitFor();
      await checkPage(page, '60-person-contact-changed');

      const api = await apiAs(running, 'coordinator');
      expect((await api(`/participants/${agreedPersonId}/contact-preferences`).expect(200)).body).toMatchObject({
        channel: 'email',
        email: 'sian.evans@example.com',
        format: 'large-print',
      });
      expect((await api(`/participants/${agreedPersonId}/details`).expect(200)).body.communicationNeeds).toEqual([
        'hearing-loop',
      ]);
    });
  });
});
