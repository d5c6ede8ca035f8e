// The console's SVG charts: accessible frames, escaped text, bars in proportion, and sparklines that stay in bounds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barChart, sparkline, escapeXml } from '../../src/console/charts/index.js';

const text = { title: 'Active subscriptions', description: 'Personal 3, Family 1.', id: 'subs' };

/** The attribute values of every `<tag …>` in the markup. */
function elements(svg: string, tag: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

test('a chart is an image named by its title and described by its description', () => {
  const svg = barChart({ ...text, series: ['Active'], rows: [{ label: 'Personal', values: [3] }] });
  assert.match(svg, /^<svg [^>]*role="img"/);
  assert.match(svg, /aria-labelledby="subs-title subs-desc"/);
  assert.match(svg, /<title id="subs-title">Active subscriptions<\/title>/);
  assert.match(svg, /<desc id="subs-desc">Personal 3, Family 1\.<\/desc>/);
  assert.doesNotMatch(svg, /style=|<script/);
});

test('every text is escaped: labels, titles and ids cannot become markup', () => {
  const evil = '<script>alert("x")</script>&\'';
  const svg = barChart({
    title: evil,
    description: evil,
    id: 'a"b',
    series: [evil, 'two'],
    rows: [{ label: evil, values: [1, 2] }],
  });
  assert.doesNotMatch(svg, /<script/);
  assert.doesNotMatch(svg, /id="a"b/);
  assert.match(svg, /&lt;script&gt;alert\(&quot;x&quot;\)/);
  assert.equal(escapeXml(`<a href='x'>&`), '&lt;a href=&#39;x&#39;&gt;&amp;');
  const spark = sparkline({ title: evil, description: evil, id: '<i>', values: [1] });
  assert.doesNotMatch(spark, /<script|<i>/);
});

test('bars are in proportion to the largest value, with their values written beside them', () => {
  const svg = barChart({
    ...text,
    series: ['Sent', 'Refused'],
    rows: [
      { label: 'VN', values: [100, 50] },
      { label: 'US', values: [25, 0] },
    ],
    format: (n) => n.toLocaleString('vi-VN'),
  });
  const bars = elements(svg, 'rect').filter((r) => r.height !== '12');
  const widths = bars.map((r) => Number(r.width));
  assert.equal(widths.length, 4);
  assert.equal(widths[1]! * 2, widths[0]);
  assert.equal(widths[2]! * 4, widths[0]);
  assert.equal(widths[3], 0);
  assert.match(svg, />100<\/text>/);
  // A legend names the series when there are several.
  assert.match(svg, />Sent<\/text>.*>Refused<\/text>/);
});

test('no data, zeros and bad numbers still give a well-formed chart', () => {
  const empty = barChart({ ...text, series: ['A'], rows: [] });
  assert.match(empty, /<\/svg>$/);
  const odd = barChart({ ...text, series: ['A'], rows: [{ label: 'x', values: [Number.NaN] }] });
  assert.doesNotMatch(odd, /NaN|Infinity/);
  const flat = sparkline({ ...text, values: [] });
  assert.doesNotMatch(flat, /NaN|Infinity/);
});

test('a sparkline draws every value inside its box, the latest one marked', () => {
  const values = [0, 3, 7, 2, 9, 4];
  const svg = sparkline({ ...text, values, width: 200, height: 40 });
  const points = elements(svg, 'polyline')[0]!
    .points!.split(' ')
    .map((p) => p.split(',').map(Number));
  assert.equal(points.length, values.length);
  for (const [x, y] of points) {
    assert.ok(x! >= 0 && x! <= 200, `x ${x}`);
    assert.ok(y! >= 0 && y! <= 40, `y ${y}`);
  }
  // The highest value is the highest point (the smallest y).
  const top = Math.min(...points.map((p) => p[1]!));
  assert.equal(points[4]![1], top);
  const dot = elements(svg, 'circle')[0]!;
  assert.equal(Number(dot.cx), points[5]![0]);
  assert.equal(sparkline({ ...text, values }), sparkline({ ...text, values }));
});
