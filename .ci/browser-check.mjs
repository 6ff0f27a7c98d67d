// Renders a Northstar HTML report in headless Chromium and checks it: no element overflows the
// page, every chart has data points, every number a goal card shows and every status count of the
// summary equal the JSON output of the same run, and every goal of the JSON has a card or, without
// a current value, a line in the closing list of goals without data.
// Usage: node .ci/browser-check.mjs REPORT.html PROGRESS.json
// No npm packages: Chromium runs a checking script injected into a copy of the report and prints
// the resulting DOM (--dump-dom), from which the findings are read.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [reportPath, jsonPath] = process.argv.slice(2);
if (!reportPath || !jsonPath) {
  console.error('usage: node .ci/browser-check.mjs REPORT.html PROGRESS.json');
  process.exit(2);
}
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const WIDTH = 1400;

// Runs in the page after layout; leaves its findings as JSON in <pre id="northstar-check">.
const probe = `
(function () {
  const out = { overflow: [], emptyCharts: [], charts: 0, goals: {}, withoutData: [], counts: {} };
  const W = document.documentElement.clientWidth;
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') +
      ' in ' + ((el.closest('section') || {}).id || 'the page');
  if (document.documentElement.scrollWidth > W + 1) {
    out.overflow.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + W + ' px window');
  }
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > W + 1 || r.left < -1) {
      out.overflow.push(name(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px of ' + W);
    }
  }
  for (const t of document.querySelectorAll('svg text')) {
    const s = t.ownerSVGElement.getBoundingClientRect();
    const r = t.getBoundingClientRect();
    if (r.right > s.right + 1 || r.left < s.left - 1) {
      out.overflow.push('chart text "' + t.textContent + '" runs out of its chart in ' +
          ((t.closest('section') || {}).id || 'the page'));
    }
  }
  for (const svg of document.querySelectorAll('section.goal svg')) {
    out.charts++;
    const line = svg.querySelector('polyline.actual');
    const points = line ? (line.getAttribute('points') || '').trim().split(/\\s+/).filter(Boolean) : [];
    if (points.length === 0) out.emptyCharts.push(svg.closest('section').id);
  }
  for (const section of document.querySelectorAll('section.goal')) {
    const rows = {};
    for (const tr of section.querySelectorAll('table tr')) {
      const th = tr.querySelector('th');
      const td = tr.querySelector('td');
      if (th && td) rows[th.textContent] = td.textContent;
    }
    out.goals[section.id] = rows;
  }
  for (const li of document.querySelectorAll('li.nodata-goal')) out.withoutData.push(li.id);
  for (const li of document.querySelectorAll('#summary li[data-status]')) {
    const m = li.textContent.match(/^\\s*(\\d+)/);
    out.counts[li.getAttribute('data-status')] = m ? Number(m[1]) : null;
  }
  const pre = document.createElement('pre');
  pre.id = 'northstar-check';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
`;

const html = readFileSync(reportPath, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'northstar-browser-'));
const page = join(dir, 'report.html');
writeFileSync(page, html.replace('</body>', '<script>' + probe + '</script>\n</body>'));
const dom = execFileSync(
  chromium,
  [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--user-data-dir=' + join(dir, 'profile'), '--window-size=' + WIDTH + ',1000',
    '--virtual-time-budget=5000', '--dump-dom', 'file://' + page,
  ],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
);
const match = dom.match(/<pre id="northstar-check">([\s\S]*?)<\/pre>/);
if (!match) {
  console.error('browser check: the page did not run its check (no result in the rendered DOM)');
  process.exit(1);
}
const unescape = (s) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const found = JSON.parse(unescape(match[1]));

const problems = [...found.overflow, ...found.emptyCharts.map((id) => 'the chart of ' + id + ' has no data points')];

// Numbers: the report shows at most two decimals (percents with two decimals of a percent).
const shown = (text) => {
  const m = (text || '').match(/^-?[\d,]+(\.\d+)?/);
  return m ? Number(m[0].replace(/,/g, '')) : null;
};
const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
const json = JSON.parse(readFileSync(jsonPath, 'utf8'));
let compared = 0;
for (const goal of json.goals) {
  const rows = found.goals[goal.goal];
  if (!rows) {
    if (!found.withoutData.includes(goal.goal)) {
      problems.push('goal ' + goal.goal + ' of the JSON output has no card in the report');
    } else if (goal.current !== null && goal.current !== undefined) {
      problems.push(goal.goal + ' is listed without data, but the JSON has its current value ' + goal.current);
    }
    continue;
  }
  // a goal past its deadline shows its "final value" where others show "current"
  const label = { current: rows['current'] !== undefined ? 'current' : 'final value' };
  // a rate goal shows its values as percents ("4.85%"), the JSON as fractions (0.0485)
  const percent = (text) => (/^-?[\d,]+(\.\d+)?%/.test(text || '') ? 100 : 1);
  const pairs = [
    ['current', goal.current, 2, percent(rows[label.current])],
    ['target', goal.target, 2, percent(rows['target'])],
    ['baseline', goal.baseline, 2, percent(rows['baseline'])],
    ['progress', goal.progress, 2, 100],
  ];
  for (const [field, value, decimals, scale] of pairs) {
    const text = rows[label[field] || field];
    if (value === null || value === undefined) {
      if (text !== undefined && shown(text) !== null) {
        problems.push(goal.goal + ': the report shows ' + field + ' "' + text + '", the JSON has none');
      }
      continue;
    }
    const want = round(Number(value) * scale, decimals);
    const got = shown(text);
    compared++;
    // one unit in the last shown place: half-even (Java) against half-up (here) on exact halves
    if (got === null || Math.abs(got - want) > 10 ** -decimals + 1e-9) {
      problems.push(goal.goal + ': the report shows ' + field + ' "' + text + '", the JSON says ' + value);
    }
  }
}
// The summary: a count per status (the JSON's status, or not_measured for goals without one).
const counts = {};
for (const goal of json.goals) {
  const status = goal.status || 'not_measured';
  counts[status] = (counts[status] || 0) + 1;
}
for (const status of new Set([...Object.keys(counts), ...Object.keys(found.counts)])) {
  compared++;
  if ((found.counts[status] || 0) !== (counts[status] || 0)) {
    problems.push('the summary shows ' + (found.counts[status] ?? 'no') + ' goals ' + status +
        ', the JSON has ' + (counts[status] || 0));
  }
}
console.log('browser check: ' + Object.keys(found.goals).length + ' goal cards, ' +
    found.withoutData.length + ' goals without data, ' + found.charts + ' charts, ' + compared +
    ' numbers compared with the JSON output, at ' + WIDTH + ' px');
if (problems.length > 0) {
  for (const p of problems) console.error('browser check: ' + p);
  process.exit(1);
}
