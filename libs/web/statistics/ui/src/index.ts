export { BarChartComponent, type BarDatum } from './lib/bar-chart.component';
export { barWidths, linePoints, niceMax, SERIES_COLOURS, ticks } from './lib/chart-geometry';
export { withTotals } from './lib/count-table';
export { type CountTable, CountTableComponent } from './lib/count-table.component';
export { LineChartComponent, type LineSeries } from './lib/line-chart.component';
