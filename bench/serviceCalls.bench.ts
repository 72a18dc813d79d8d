/**
 * Service calls the add-on makes on Apps Script, counted with the recording double: setup,
 * repair, appending 1 / 100 / 1,000 rows, importing 10,000 rows and building the Summary, next
 * to the naive baseline (`appendRow` once per row). Run: `npx tsx bench/serviceCalls.bench.ts`.
 * Each figure must not grow with the number of rows; an append batch must stay within 6 calls.
 */
import { appendRecords } from '../sheets-addon/core/appendRecords';
import { createRegisterCsv } from '../sheets-addon/core/registerCsv';
import { registerFormulaLayer } from '../sheets-addon/core/registerFormulaLayer';
import { setupOrRepair } from '../sheets-addon/core/setupOrRepair';
import { buildSummary } from '../sheets-addon/core/summarySheet';
import { type AppsScriptDouble, createAppsScriptDouble } from '../tests/doubles/appsScriptDouble';
import { adapterOver } from '../tests/sheets-addon/appsscript/adapterOverDouble';

const layer = registerFormulaLayer;
const now = '2026-11-25T08:00:00.000Z';
/** The design's target for one append batch of any size. */
const APPEND_TARGET = 6;

function partners(count: number, from = 0) {
  return Array.from({ length: count }, (_, i) => ({
    name: `โรงเรียนบ้านทดสอบ ${from + i + 1}`,
    sector: 'school',
    status: 'active',
    phone: `053${100000 + from + i}`,
    email: `info@school${from + i + 1}.ac.th`,
  }));
}

function freshRegister(rows = 0, options: { sheetsApi?: boolean } = {}) {
  const double = createAppsScriptDouble();
  const workbook = adapterOver(double, options);
  const setup = setupOrRepair(workbook, { layer, language: 'th', now });
  if (!setup.ok) throw new Error(setup.reason.message.en);
  for (let done = 0; done < rows; done += 5000) {
    appendRecords(workbook, 'partners', partners(Math.min(5000, rows - done), done), { layer, now });
  }
  double.log.reset();
  return { double, workbook };
}

interface Measure {
  scenario: string;
  rows: number;
  data: number;
  structural: number;
  getters: number;
  baseline?: number;
}

function measure(scenario: string, rows: number, double: AppsScriptDouble, baseline?: number): Measure {
  const data = double.log.dataCalls().length;
  return {
    scenario,
    rows,
    data,
    structural: double.log.calls.length - data,
    getters: double.log.getters.length,
    baseline,
  };
}

/** What a script that calls `appendRow` per row costs: one call a row, plus the same lock and counter work. */
function naiveAppend(rows: number): number {
  const double = createAppsScriptDouble();
  const sheet = double.spreadsheet.insertSheet('Partners');
  double.log.reset();
  const lock = double.LockService.getScriptLock();
  const properties = double.PropertiesService.getDocumentProperties();
  lock.waitLock(1000);
  properties.getProperties();
  for (const row of partners(rows)) sheet.appendRow(Object.values(row));
  properties.setProperties({ counter: String(rows) });
  lock.releaseLock();
  return double.log.calls.length;
}

const results: Measure[] = [];

{
  const double = createAppsScriptDouble();
  setupOrRepair(adapterOver(double), { layer, language: 'th', now });
  results.push(measure('setup (empty spreadsheet)', 0, double));
}
for (const rows of [100, 10_000]) {
  const { double, workbook } = freshRegister(rows);
  setupOrRepair(workbook, { layer, now });
  results.push(measure('repair', rows, double));
}
for (const rows of [1, 100, 1000]) {
  const { double, workbook } = freshRegister(10);
  appendRecords(workbook, 'partners', partners(rows, 10), { layer, now });
  results.push(measure('append a batch', rows, double, naiveAppend(rows)));
}
// Activities also rewrite the hidden Links sheet the partner formulas read. With the Sheets API
// (needs the `spreadsheets` scope) the rows and Links go in one request; with the shipped
// `spreadsheets.currentonly` scope they are two setValues.
const ACTIVITIES_VIA_API = 'append activities + Links, one Sheets API batchUpdate';
const ACTIVITIES_CURRENT_ONLY = 'append activities + Links, two setValues (currentonly scope)';
for (const [scenario, sheetsApi] of [
  [ACTIVITIES_VIA_API, true],
  [ACTIVITIES_CURRENT_ONLY, false],
] as const) {
  for (const rows of [1, 100, 1000]) {
    const { double, workbook } = freshRegister(10, { sheetsApi });
    const activities = Array.from({ length: rows }, (_, i) => ({
      date: '2025-06-15',
      title: `ประชุมเครือข่าย ${i + 1}`,
      partner_ids: `P-${String((i % 10) + 1).padStart(4, '0')}`,
    }));
    appendRecords(workbook, 'activities', activities, { layer, now });
    results.push(measure(scenario, rows, double, naiveAppend(rows)));
  }
}
for (const rows of [100, 10_000]) {
  const { double, workbook } = freshRegister(10);
  const csv = createRegisterCsv(layer, () => now.slice(0, 10));
  const lines = partners(rows, 10).map((row) =>
    [row.name, row.sector, row.status, row.phone, row.email].join(','),
  );
  const text = ['name,sector,status,phone,email', ...lines].join('\n');
  const started = performance.now();
  const outcome = csv.confirmImport(workbook, { tab: 'partners', source: { csv: text }, choices: {} }, now);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (outcome.added.length !== rows)
    throw new Error(
      `import added ${outcome.added.length} of ${rows}: ${JSON.stringify(outcome.rejected.slice(0, 2))}`,
    );
  results.push(
    measure(`CSV import with undo snapshot (${seconds} s in Node)`, rows, double, naiveAppend(rows)),
  );
}
for (const rows of [100, 10_000]) {
  const { double, workbook } = freshRegister(rows);
  buildSummary(workbook, layer, now);
  results.push(measure('build the Summary', rows, double));
}

const lines = [
  '| scenario | rows | calls (data, lock, properties) | structural calls | getters (beside) | naive appendRow baseline |',
  '|---|---:|---:|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.scenario} | ${r.rows} | ${r.data} | ${r.structural} | ${r.getters} | ${r.baseline ?? '–'} |`,
  ),
];
console.log(lines.join('\n'));

const appends = results.filter((r) => r.scenario === 'append a batch' || r.scenario === ACTIVITIES_VIA_API);
// Without the Sheets API the Links sheet is one more setValues: the price of the narrower scope.
const CURRENT_ONLY_LINKED_TARGET = APPEND_TARGET + 1;
if (results.some((r) => r.scenario === ACTIVITIES_CURRENT_ONLY && r.data > CURRENT_ONLY_LINKED_TARGET)) {
  console.error(
    `An activities append took more than ${CURRENT_ONLY_LINKED_TARGET} calls without the Sheets API.`,
  );
  process.exitCode = 1;
}
if (appends.some((r) => r.data > APPEND_TARGET)) {
  console.error(`An append batch took more than ${APPEND_TARGET} calls.`);
  process.exitCode = 1;
}
const family = (scenario: string) => scenario.replace(/ \(.*\)$/, '');
for (const scenario of new Set(results.map((r) => family(r.scenario)))) {
  const same = results.filter((r) => family(r.scenario) === scenario);
  if (new Set(same.map((r) => r.data)).size > 1) {
    console.error(`${scenario}: the number of calls grew with the rows.`);
    process.exitCode = 1;
  }
}
