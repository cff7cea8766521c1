/** One row of a chart: its label and a value for each series (null: not shown, such as a suppressed figure). */
export interface ChartRow {
  label: string;
  values: (number | null)[];
}

/** A horizontal bar chart's geometry, drawn by the template as SVG beside a table of the same figures. */
export interface BarChart {
  title: string;
  /** Element ids are made from it: one chart's title and description are not another's. */
  id: string;
  width: number;
  height: number;
  labelWidth: number;
  barHeight: number;
  /** Names of the series, shown as a legend when there is more than one. */
  series: string[];
  rows: {
    label: string;
    labelY: number;
    bars: { series: number; y: number; barWidth: number; valueX: number; text: string }[];
  }[];
}

const BAR_HEIGHT = 20;
const BAR_GAP = 2;
const ROW_GAP = 12;
const LABEL_WIDTH = 200;
const PLOT_WIDTH = 360;
const VALUE_ROOM = 90;

/**
 * Bars scaled to the largest value of every series, a group of bars per row; the server draws it so
 * it needs no JavaScript, and the page gives the same figures as a table for anyone who cannot see it.
 * `format` writes a value as the table does (pounds, days); a null value is drawn as no bar, "not shown".
 */
export function barChart(
  chart: { title: string; id: string; series?: string[]; rows: ChartRow[] },
  format: (value: number) => string = String,
): BarChart {
  const series = chart.series ?? [chart.title];
  const largest = Math.max(1, ...chart.rows.flatMap((row) => row.values.map((value) => value ?? 0)));
  const rowHeight = series.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + ROW_GAP;
  return {
    title: chart.title,
    id: chart.id,
    width: LABEL_WIDTH + PLOT_WIDTH + VALUE_ROOM,
    height: chart.rows.length * rowHeight + ROW_GAP,
    labelWidth: LABEL_WIDTH,
    barHeight: BAR_HEIGHT,
    series,
    rows: chart.rows.map((row, rowIndex) => {
      const top = ROW_GAP + rowIndex * rowHeight;
      return {
        label: row.label,
        labelY: top + (rowHeight - ROW_GAP) / 2 + 5,
        bars: series.map((_name, index) => {
          const value = row.values[index] ?? null;
          const barWidth = value === null ? 0 : Math.round((value / largest) * PLOT_WIDTH);
          return {
            series: index,
            y: top + index * (BAR_HEIGHT + BAR_GAP),
            barWidth,
            valueX: LABEL_WIDTH + barWidth + 6,
            text: value === null ? 'not shown' : format(value),
          };
        }),
      };
    }),
  };
}
