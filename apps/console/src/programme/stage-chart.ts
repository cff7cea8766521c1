/** One bar of a chart: its label and value. */
export interface ChartBar {
  label: string;
  value: number;
}

/** Geometry of a horizontal bar chart, drawn by the template as SVG with its own text alternative. */
export interface BarChart {
  width: number;
  height: number;
  labelWidth: number;
  bars: (ChartBar & { y: number; barWidth: number; valueX: number })[];
  barHeight: number;
}

const BAR_HEIGHT = 24;
const GAP = 8;
const LABEL_WIDTH = 200;
const PLOT_WIDTH = 360;
const VALUE_ROOM = 60;

/**
 * Horizontal bars scaled to the largest value; the server draws it so it needs no JavaScript, and
 * the page gives the same figures as a table for anyone who cannot see the chart.
 */
export function barChart(bars: ChartBar[]): BarChart {
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  return {
    width: LABEL_WIDTH + PLOT_WIDTH + VALUE_ROOM,
    height: bars.length * (BAR_HEIGHT + GAP) + GAP,
    labelWidth: LABEL_WIDTH,
    barHeight: BAR_HEIGHT,
    bars: bars.map((bar, index) => {
      const barWidth = Math.round((bar.value / largest) * PLOT_WIDTH);
      return { ...bar, y: GAP + index * (BAR_HEIGHT + GAP), barWidth, valueX: LABEL_WIDTH + barWidth + 6 };
    }),
  };
}
