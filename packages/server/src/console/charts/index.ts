// The console's charts: server-made SVG (no script in the browser), each an image with a title and a description.
export { barChart, type BarChartInput, type BarRow } from './bar-chart.js';
export { sparkline, type SparklineInput } from './sparkline.js';
export { escapeXml } from './svg.js';
