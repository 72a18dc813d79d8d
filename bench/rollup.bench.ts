/**
 * The district roll-up at scale, over the recording doubles of SpreadsheetApp (the officer's
 * spreadsheet) and the Sheets API (the schools' registers): 300 registers of 500 partners ×
 * 5,000 activities. Reports service calls per register (target ≤ 3), the core aggregation time
 * for all 300 (target ≤ 1 s) and how many 6-minute executions the whole roll-up takes under a
 * stated cost model — by running the real checkpoint/continue loop on a simulated clock.
 * Run: `npx tsx bench/rollup.bench.ts`.
 */
import { buildDistrict } from '../shared/rollup/districtModel';
import { districtTable } from '../shared/rollup/districtTable';
import { networkFigures } from '../shared/rollup/networkFigures';
import type { RawGrid } from '../shared/rollup/schoolRegister';
import type { SchoolResult } from '../shared/rollup/schoolResult';
import { DEFAULT_SETTINGS } from '../shared/settings/settings';
import { SheetsRegisterReader } from '../sheets-addon/appsscript/sheetsRegisterReader';
import { CHECKPOINT_SHEET } from '../sheets-addon/core/district/checkpointStore';
import {
  continueDistrictRollup,
  type DistrictOptions,
  EXECUTION_BUDGET_MS,
  startDistrictRollup,
} from '../sheets-addon/core/district/runDistrictRollup';
import { createAppsScriptDouble } from '../tests/doubles/appsScriptDouble';
import { syntheticRegister } from '../tests/shared/rollup/syntheticRegister';
import { adapterOver } from '../tests/sheets-addon/appsscript/adapterOverDouble';
import { createSheetsApiDouble } from '../tests/sheets-addon/appsscript/district/sheetsApiDouble';

const SCHOOLS = 300;
const PARTNERS = 500;
const ACTIVITIES = 5_000;
/** Distinct generated registers, served round-robin (memory: 300 distinct ones would hold ~20M cells). */
const DISTINCT = 10;
const AS_OF = '2026-03-31';
/** Apps Script's limit on one execution. */
const EXECUTION_LIMIT_MS = 360_000;

/** A cost model: milliseconds per service call, per read of a 5,000-row register, and how much slower Apps Script's V8 runs our code than Node here. */
interface CostModel {
  name: string;
  perCallMs: number;
  /** Extra per cell a `values.batchGet` returns (payload transfer and decoding). */
  perCellMs: number;
  cpuFactor: number;
}

const MODELS: CostModel[] = [
  { name: 'per call only: 160 ms/call, CPU as in Node', perCallMs: 160, perCellMs: 0, cpuFactor: 1 },
  {
    name: 'pessimistic: 160 ms/call + 10 µs per cell returned, CPU ×5',
    perCallMs: 160,
    perCellMs: 0.01,
    cpuFactor: 5,
  },
];

const id = (n: number) => `1${String(n).padStart(43, 'b')}`;
const files = Array.from({ length: DISTINCT }, (_, i) => ({
  tabs: syntheticRegister({
    seed: i + 1,
    partners: PARTNERS,
    activities: ACTIVITIES,
    language: i % 2 === 0 ? 'th' : 'en',
    asOf: AS_OF,
    serialDates: true,
  }) as Record<string, RawGrid>,
  shared: true,
}));

const options: DistrictOptions = {
  settings: { ...DEFAULT_SETTINGS, as_of: AS_OF },
  language: 'th',
  networkFiguresOf: networkFigures,
};

function runUnder(model: CostModel) {
  const apps = createAppsScriptDouble();
  const sheets = createSheetsApiDouble((key) => files[Number(key.slice(-3).replace(/b/g, '0')) % DISTINCT]);
  const workbook = adapterOver(apps);
  let executionStart = 0;
  let callsAtStart = 0;
  const calls = () => apps.log.calls.length + sheets.log.calls.length;
  let cellsAtStart = 0;
  const clock = () =>
    (calls() - callsAtStart) * model.perCallMs +
    (sheets.log.cells - cellsAtStart) * model.perCellMs +
    (performance.now() - executionStart) * model.cpuFactor;
  const ports = {
    workbook,
    reader: new SheetsRegisterReader(sheets.api),
    charts: null,
    clock,
    now: () => `${AS_OF}T09:00:00.000Z`,
  };
  startDistrictRollup(ports, options); // creates the District tab
  workbook.writeValues(
    'ภาพรวมเขต',
    3,
    1,
    Array.from({ length: SCHOOLS }, (_, i) => [
      `โรงเรียนที่ ${i + 1}`,
      `https://docs.google.com/spreadsheets/d/${id(i)}/edit`,
    ]),
  );
  apps.log.reset();
  sheets.log.reset();

  const executions: { simulatedMs: number; done: number }[] = [];
  let progress: ReturnType<typeof startDistrictRollup> | null = null;
  while (!progress?.finished) {
    executionStart = performance.now();
    callsAtStart = calls();
    cellsAtStart = sheets.log.cells;
    progress = progress ? continueDistrictRollup(ports, options) : startDistrictRollup(ports, options);
    executions.push({ simulatedMs: clock(), done: progress.done });
  }
  const perRegister = sheets.log.calls.length / SCHOOLS;
  const allCalls = apps.log.calls.length + sheets.log.calls.length;
  const simulated = executions.reduce((sum, e) => sum + e.simulatedMs, 0);
  const cpuPerRegisterMs =
    (simulated - allCalls * model.perCallMs - sheets.log.cells * model.perCellMs) / model.cpuFactor / SCHOOLS;
  return {
    cellsPerRegister: sheets.log.cells / SCHOOLS,
    model,
    executions,
    perRegister,
    cpuPerRegisterMs,
    officerCalls: apps.log.dataCalls().length,
    readable: progress.readable,
    workbook,
  };
}

const runs = MODELS.map(runUnder);

// The core aggregation alone: ranking, highlights, totals and the table for 300 schools.
const results = runs[0].workbook
  .readValues(CHECKPOINT_SHEET)
  .slice(1)
  .map((row) => JSON.parse(String(row[3])) as SchoolResult);
const started = performance.now();
const model = buildDistrict(results);
districtTable(model, 'th');
const aggregationMs = performance.now() - started;

const lines = [
  `### District roll-up: ${SCHOOLS} registers of ${PARTNERS} partners × ${ACTIVITIES.toLocaleString('en')} activities`,
  '',
  '| measure | figure | target |',
  '|---|---|---|',
  `| Sheets API calls per register (titles, header rows, needed columns) | ${runs[0].perRegister} | ≤ 3 |`,
  `| calls on the officer's spreadsheet, whole run (${runs[0].executions.length} execution(s): list, checkpoints, properties, District tab) | ${runs[0].officerCalls} | fixed + 1 per ${10} schools |`,
  `| core aggregation for all ${SCHOOLS} (rank, highlight, total, table) | ${aggregationMs.toFixed(1)} ms | ≤ 1 s |`,
  `| cells returned per register (only the columns the figures need) | ${Math.round(runs[0].cellsPerRegister).toLocaleString('en')} | |`,
  `| our code per register in Node (map headers, normalise cells, figures) | ${runs[0].cpuPerRegisterMs.toFixed(0)} ms | |`,
  `| schools read | ${runs[0].readable} of ${SCHOOLS} | |`,
  '',
  `| cost model (budget ${EXECUTION_BUDGET_MS / 1000} s of the ${EXECUTION_LIMIT_MS / 1000} s limit per execution) | executions | simulated time of each (s) | schools after each |`,
  '|---|---|---|---|',
  ...runs.map(
    (run) =>
      `| ${run.model.name} | ${run.executions.length} | ${run.executions.map((e) => (e.simulatedMs / 1000).toFixed(0)).join(', ')} | ${run.executions.map((e) => e.done).join(', ')} |`,
  ),
];
console.log(lines.join('\n'));
