import { barChart } from './bar-chart';

describe(barChart.name, () => {
  it('should scale every bar to the largest value of any series, a group of bars a row', () => {
    const chart = barChart({
      title: 'Time in each stage',
      id: 'time',
      series: ['Median', '90th percentile'],
      rows: [
        { label: 'Planning', values: [9, 36] },
        { label: 'Offered', values: [18, null] },
      ],
    });
    expect(chart.series).toEqual(['Median', '90th percentile']);
    expect(chart.rows.map((row) => row.bars.map((bar) => bar.barWidth))).toEqual([
      [90, 360],
      [180, 0],
    ]);
    // Two bars of 20 with a gap of 2, and 12 between rows.
    expect(chart.rows.map((row) => row.bars.map((bar) => bar.y))).toEqual([
      [12, 34],
      [66, 88],
    ]);
    expect(chart.height).toBe(120);
  });

  it('should write each value as the table does, and a null one as not shown', () => {
    const chart = barChart(
      { title: 'Budgets by funder', id: 'funders', rows: [{ label: 'NHS', values: [150_050] }] },
      (pence) => `£${pence / 100}`,
    );
    expect(chart.series).toEqual(['Budgets by funder']);
    expect(chart.rows[0].bars[0]).toMatchObject({ text: '£1500.5', barWidth: 360, valueX: 566 });
    expect(barChart({ title: 'T', id: 't', rows: [{ label: 'A', values: [null] }] }).rows[0].bars[0].text).toBe(
      'not shown',
    );
  });

  it('should draw bars of nothing at all without dividing by zero', () => {
    const chart = barChart({ title: 'Reviews', id: 'reviews', rows: [{ label: 'Late', values: [0] }] });
    expect(chart.rows[0].bars[0]).toMatchObject({ barWidth: 0, text: '0' });
  });
});
