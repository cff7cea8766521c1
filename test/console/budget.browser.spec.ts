import type { BrowserContext, Page } from 'playwright-core';
import { resourceAllocation } from '../factories/budget.factory';
import {
  apiAs,
  checkPage,
  type ConsoleInBrowser,
  fillCarePlan,
  type Hands,
  keyboardHands,
  recordStep,
  referPerson,
  signIn,
  startConsoleInBrowser,
  STEPS_TO_PLANNING,
} from '../support/console-browser';
import { pdfText } from '../support/pdf-text';

/** Today as the date input's boxes and as the API's date: spend cannot be before the referral, made today. */
const today = new Date().toISOString().slice(0, 10);
const [year, month, day] = today.split('-').map(Number);

/**
 * A personal budget in the browser: the plan costs £1,500.50 (physiotherapy £1,200.00, a gardening
 * group £300.50); a low need band costs the site the same (NHS £1,000.00, social care £500.50), so
 * with a contribution of £200.00 the ISR and the budget agree and no approval is needed. The budget
 * has two parts: a direct payment of £1,200.00 and £300.50 notional.
 */
describe('personal budget, spend and statements in the console', () => {
  let running: ConsoleInBrowser;
  let context: BrowserContext;
  let page: Page;
  /** The walk to a budget, and a review, by keyboard alone: Tab, Enter, Space, arrows and typing. */
  let keys: Hands;
  let personId: string;
  let supportItems: { itemId: string; description: string }[];

  beforeAll(async () => {
    running = await startConsoleInBrowser();
    const admin = await running.provider.signIn('admin');
    const lowNeed = {
      cohort: 'multiple-long-term-conditions',
      needBand: 'low',
      annualPence: { nhs: 100_000, socialCare: 50_050, education: 0 },
    };
    await running.stack.http
      .put('/api/v1/site/resource-allocation')
      .set('Authorization', `Bearer ${admin}`)
      .send(resourceAllocation({ referenceCosts: [lowNeed] }))
      .expect(200);
    context = await running.browser.newContext({ baseURL: running.baseUrl });
    page = await signIn(running, context, 'coordinator', keyboardHands);
    keys = keyboardHands(page);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await running?.close();
  });

  const spendOf = async () => (await (await apiAs(running, 'coordinator'))(`/participants/${personId}/spend`)).body;

  it('should, by keyboard alone, refer a person, walk them to an agreed plan and issue their ISR', async () => {
    await keys.press(page.getByRole('link', { name: 'Refer a person' }).first());
    personId = await referPerson(page, 'Rhodri', 'Pugh', keys);
    for (const step of STEPS_TO_PLANNING)
      await recordStep(page, step.link, () => step.fill(page, keys), `budget-${step.name}`, keys);
    await fillCarePlan(page, keys);
    await keys.press(page.locator('#main-form button[value=""]'));
    await page.locator('.nhsuk-notification-banner--success').waitFor();
    await recordStep(
      page,
      'Record agreement of the care and support plan',
      async () => undefined,
      'budget-agreement',
      keys,
    );
    await recordStep(
      page,
      'Issue the Individual Statement of Resources (ISR)',
      async () => {
        await keys.check(page.getByLabel('Low', { exact: true }));
        await keys.fill(page.getByLabel('Their assessed contribution'), '200');
      },
      'budget-isr',
      keys,
    );
    const person = (await (await apiAs(running, 'coordinator'))(`/participants/${personId}`)).body;
    expect(person.indicativeBudget.indicativeTotalPence).toBe(150_050);
    supportItems = person.carePlan.supportItems;
    expect(supportItems.map((item) => item.description)).toEqual(['Physiotherapy', 'Gardening group']);
  }, 180_000);

  it('should, by keyboard alone, set a budget of two parts, adding the second and saying what does not add up', async () => {
    await keys.press(page.getByRole('link', { name: 'Set the personal budget' }));
    await checkPage(page, 'budget-form');
    await keys.fill(page.getByLabel('Total budget, a year'), '1500.50');
    await keys.fill(page.locator('#fundingStreams-nhs'), '1000');
    await keys.fill(page.locator('#fundingStreams-socialCare'), '300.50');
    await keys.fill(page.getByLabel('Their assessed contribution, a year'), '200');
    await keys.check(page.locator('#parts-0-deployment'));
    await keys.fill(page.locator('#parts-0-amountPence'), '1200');
    await keys.select(page.locator('#parts-0-holder-type'), 'participant');
    await keys.fill(page.locator('#parts-0-holder-reference'), 'Rhodri Pugh');
    await keys.fill(page.locator('#parts-0-directPayment-consentGivenOn-day'), String(day));
    await keys.fill(page.locator('#parts-0-directPayment-consentGivenOn-month'), String(month));
    await keys.fill(page.locator('#parts-0-directPayment-consentGivenOn-year'), String(year));
    await keys.check(page.getByLabel('Direct payment support was offered'));
    await keys.press(page.getByRole('button', { name: 'Add another part' }));
    await page.locator('#parts-1-amountPence').waitFor();
    await expect(page.locator('#parts-0-amountPence').inputValue()).resolves.toBe('1200');
    await keys.check(page.locator('#parts-1-deployment-4'));
    await keys.fill(page.locator('#parts-1-amountPence'), '300');
    await keys.press(page.getByRole('button', { name: 'Set the budget' }));

    const summary = page.locator('.nhsuk-error-summary');
    await summary.getByRole('link', { name: 'The parts add up to 150000 pence, not the total of 150050' }).waitFor();
    await checkPage(page, 'budget-form-errors');
    await keys.fill(page.locator('#parts-1-amountPence'), '300.50');
    await keys.press(page.getByRole('button', { name: 'Set the budget' }));
    await page.getByText('The personal budget is set').waitFor();

    const budget = page.locator('#personal-budget ~ .nhsuk-summary-list').first();
    await budget.getByText('Part 1: Direct payment').waitFor();
    await expect(budget.textContent()).resolves.toMatch(/£1,200\.00, held by Rhodri Pugh/);
    await expect(budget.textContent()).resolves.toMatch(/Part 2: Notional\s*£300\.50/);
    await checkPage(page, 'budget-person');
    const person = (await (await apiAs(running, 'coordinator'))(`/participants/${personId}`)).body;
    expect(person.budget).toMatchObject({
      totalPence: 150_050,
      byFunder: { nhs: 100_000, socialCare: 30_050, education: 0 },
      contributionPence: 20_000,
      parts: [
        {
          deployment: 'direct-payment',
          amountPence: 120_000,
          directPayment: { consentGivenOn: today, supportOffered: true },
        },
        { deployment: 'notional', amountPence: 30_050 },
      ],
    });
  }, 120_000);

  it('should record one row of spend once though sent twice', async () => {
    await page.getByRole('link', { name: 'Record spend or upload a file of it' }).click();
    await checkPage(page, 'spend');
    await page.getByLabel('Physiotherapy').check();
    await page.getByLabel('Money spent').check();
    await page.getByLabel('Amount').fill('100');
    await page.locator('#spentOn-day').fill(String(day));
    await page.locator('#spentOn-month').fill(String(month));
    await page.locator('#spentOn-year').fill(String(year));
    await page.getByLabel('A provider’s invoice').check();
    await page.getByRole('button', { name: 'Record it' }).dblclick();
    await page.getByText('The spend is recorded').waitFor();
    expect((await spendOf()).total).toBe(1);
  });

  it('should list every bad row of an upload, record nothing, then record the fixed file once', async () => {
    const [physio, gardening] = supportItems.map((item) => item.itemId);
    const csv = (badAmount: string, badSource: string) =>
      [
        'plan_item_id,amount_pence,spent_on,source,kind,description',
        `${physio},25000,${today},provider-invoice,spend,Invoice 4471`,
        `${gardening},${badAmount},${today},direct-payment-return,spend,`,
        `${gardening},1500,${today},${badSource},service-use,Session`,
      ].join('\n');
    const upload = async (text: string) => {
      await page
        .locator('#spendFile')
        .setInputFiles({ name: 'spend.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
      await page.getByRole('button', { name: 'Upload the file' }).click();
    };

    await upload(csv('twelve pounds', 'cash'));
    const summary = page.locator('.nhsuk-error-summary');
    await summary.getByRole('link', { name: /^Row 3, amount_pence: / }).waitFor();
    await summary.getByRole('link', { name: /^Row 4, source: must be one of/ }).waitFor();
    expect(await summary.getByRole('link').count()).toBe(2);
    await expect(page.locator('#spendFile-error').textContent()).resolves.toContain('nothing was recorded');
    await checkPage(page, 'spend-upload-errors');
    expect((await spendOf()).total).toBe(1);

    await upload(csv('4000', 'notional-service-use'));
    await page.getByText('3 records from the file recorded').waitFor();
    const spend = await spendOf();
    expect(spend.total).toBe(4);
    expect(spend.totals.totalPence).toBe(10_000 + 25_000 + 4_000 + 1_500);
    await expect(page.locator('#spend-remaining').textContent()).resolves.toBe('£1,095.50 of the budget is left.');
    await checkPage(page, 'spend-uploaded');
  });

  it('should open the ISR as HTML and as a PDF with their figures', async () => {
    await page.getByRole('link', { name: 'Back to the person' }).click();
    await expect(page.locator('#spend-against-plan').textContent()).resolves.toContain('£405.00');
    const statements = page.locator('#statements ~ ul').first();
    const pdfLink = statements.getByRole('link', { name: /^download it as a PDF/ }).first();
    const pdf = await page.request.get((await pdfLink.getAttribute('href')) ?? '');
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const body = await pdf.body();
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(body);
    // The statement names no one (it is the person's own letter); it carries their figures.
    expect(text).toContain('Level of need Low');
    expect(text).toContain('Social care, after your contribution £300.50');
    expect(text).toContain('Your contribution to social care £200.00');
    expect(text).toContain('Indicative total £1,500.50');

    await statements
      .getByRole('link', { name: /^open it/ })
      .first()
      .click();
    await page.getByText('£1,500.50').first().waitFor();
    await checkPage(page, 'statement-html');
    await page.goBack();
  });

  it('should stop the direct payment when consent is withdrawn, that part becoming notional', async () => {
    await page.goto(`/people/${personId}`);
    await page.getByRole('link', { name: 'Record that consent to a direct payment is withdrawn' }).click();
    await page.getByRole('button', { name: 'Stop the direct payment' }).click();
    await page
      .locator('.nhsuk-error-summary')
      .getByRole('link', { name: /^The direct payment/ })
      .waitFor();
    await checkPage(page, 'direct-payment-withdrawal-errors');
    await page.getByLabel('Part 1: direct payment of £1,200.00 a year').check();
    await page.getByLabel('Why consent was withdrawn').fill('They would rather the team arranged the physiotherapy');
    await page.getByRole('button', { name: 'Stop the direct payment' }).click();
    await page.getByText('The direct payment stops').waitFor();
    const budget = page.locator('#personal-budget ~ .nhsuk-summary-list').first();
    await expect(budget.textContent()).resolves.toMatch(/Part 1: Notional\s*£1,200\.00/);
    await checkPage(page, 'direct-payment-withdrawn');
  });

  it('should revise the budget in year from the one in force, each part staying the same part', async () => {
    const before = (await (await apiAs(running, 'coordinator'))(`/participants/${personId}`)).body.budget;
    await page.getByRole('link', { name: 'Set the personal budget' }).click();
    await expect(page.locator('#totalPence').inputValue()).resolves.toBe('1500.50');
    await expect(page.locator('#parts-0-amountPence').inputValue()).resolves.toBe('1200.00');
    await expect(page.locator('#parts-1-amountPence').inputValue()).resolves.toBe('300.50');
    await checkPage(page, 'budget-revision');
    await page.locator('#parts-0-amountPence').fill('1000');
    await page.locator('#parts-1-amountPence').fill('500.50');
    await page.getByLabel('Why the budget is revised').fill('The gardening group meets twice a week now');
    await page.getByRole('button', { name: 'Set the budget' }).click();
    await page.getByText('The personal budget is set').waitFor();
    const after = (await (await apiAs(running, 'coordinator'))(`/participants/${personId}`)).body.budget;
    expect(after.version).toBe(before.version + 1);
    expect(after.parts).toMatchObject([
      { partId: before.parts[0].partId, deployment: 'notional', amountPence: 100_000 },
      { partId: before.parts[1].partId, deployment: 'notional', amountPence: 50_050 },
    ]);
  });

  it('should record a review by keyboard alone', async () => {
    await recordStep(
      page,
      'Record review',
      async () => {
        await keys.check(page.getByLabel('The person', { exact: true }));
        await keys.check(page.getByLabel('Their care coordinator'));
        await keys.check(page.getByLabel('The plan continues'));
      },
      'budget-review',
      keys,
    );
    await page.getByText('Review recorded').waitFor();
    await page.getByRole('heading', { name: 'Review', exact: true, level: 3 }).waitFor();
  });
});
