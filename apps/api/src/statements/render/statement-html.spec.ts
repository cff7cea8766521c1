import { escapeHtml, renderStatementHtml } from './statement-html';
import { annualSpend, annualStatement, indicativeStatement } from './statement-view.fixture';

describe(renderStatementHtml.name, () => {
  it('should show the annual figures formatted as pounds', () => {
    const html = renderStatementHtml(annualStatement(), { largePrint: false });
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain('<h1>Annual statement of your personal budget</h1>');
    expect(html).toContain('<th scope="row">Total budget</th><td class="num">£1,234.56</td>');
    expect(html).toContain('<tr class="total"><th scope="row">Total spent</th><td class="num">£1,187.65</td></tr>');
    expect(html).toContain('<th scope="row">Underspend</th><td class="num">£46.91</td>');
    expect(html).not.toContain('Overspend');
    expect(html).toContain('<td>Gym membership</td><td>Leisure Trust</td><td class="num">£234.56</td>');
    expect(html).toContain('Service used 12 times');
    expect(html).toContain('1 April 2026 to 31 March 2027');
    expect(html).toContain('Ann Example (carer)');
    expect(html).toContain('£1,300.00');
  });

  it('should show the working of an Individual Statement of Resources', () => {
    const html = renderStatementHtml(indicativeStatement(), { largePrint: false });
    expect(html).toContain('<h1>Individual Statement of Resources</h1>');
    expect(html).toContain('not an entitlement');
    expect(html).toContain('<th scope="row">Indicative total</th><td class="num">£2,500,000.00</td>');
    expect(html).toContain('<th scope="row">Can be taken as a personal budget</th><td class="num">£1,875,000.00</td>');
    expect(html).toContain('<th scope="row">NHS share</th><td class="num">75%</td>');
    expect(html).toContain('<li>Leisure centre</li>');
  });

  it('should escape every text value, so a script in a description is shown, not run', () => {
    const spend = annualSpend();
    spend.byItem[0].description = '<script>alert("x")</script>';
    spend.byItem[0].provider = 'Smith & Sons <b>';
    const statement = annualStatement({
      spend,
      participantId: '"><script>',
      communityServices: ["O'Brien's <img src=x onerror=alert(1)>"],
    });
    const html = renderStatementHtml(statement, { largePrint: false });
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Smith &amp; Sons &lt;b&gt;');
    expect(html).toContain('O&#39;Brien&#39;s &lt;img src=x onerror=alert(1)&gt;');
  });

  it('should use the large print stylesheet when asked', () => {
    const standard = renderStatementHtml(annualStatement(), { largePrint: false });
    const large = renderStatementHtml(annualStatement(), { largePrint: true });
    expect(large).toContain('<body class="statement large-print">');
    expect(large).toMatch(/body \{ font-size: 18pt;/);
    expect(standard).toMatch(/body \{ font-size: 12pt;/);
    expect(standard).not.toContain('large-print');
    const sizes = [...large.matchAll(/font-size: (\d+)pt/g)].map((match) => Number(match[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
  });

  it('should show an overspend and leave out what a statement does not have', () => {
    const statement = annualStatement({
      nextYearIndicativePence: null,
      needBand: null,
      spend: annualSpend({ totalSpentPence: 130_000, underspendPence: 0, overspendPence: 6_544 }),
    });
    const html = renderStatementHtml(statement, { largePrint: false });
    expect(html).toContain('<th scope="row">Overspend</th><td class="num">£65.44</td>');
    expect(html).not.toContain('Underspend');
    expect(html).not.toContain('Next year');
    expect(html).not.toContain('Level of need');
  });
});

describe(escapeHtml.name, () => {
  it('should escape the five characters HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
