/**
 * The district roll-up of 300 schools under the Sheets API read quota (60 read requests a
 * minute per user; the reader allows itself READS_PER_MINUTE): executions and minutes of reading,
 * on a simulated clock where only the pacing waits take time (service calls and CPU cost nothing
 * here, so this is the quota's floor; bench/rollup.bench.ts models those costs).
 * Run: `npx tsx bench/rollupQuota.bench.ts`.
 */
import { networkFigures } from '../shared/rollup/networkFigures';
import { DEFAULT_SETTINGS } from '../shared/settings/settings';
import { READS_PER_MINUTE, SheetsRegisterReader } from '../sheets-addon/appsscript/sheetsRegisterReader';
import {
  continueDistrictRollup,
  EXECUTION_BUDGET_MS,
  startDistrictRollup,
} from '../sheets-addon/core/district/runDistrictRollup';
import { createAppsScriptDouble } from '../tests/doubles/appsScriptDouble';
import { syntheticRegister } from '../tests/shared/rollup/syntheticRegister';
import { adapterOver } from '../tests/sheets-addon/appsscript/adapterOverDouble';
import { createSheetsApiDouble } from '../tests/sheets-addon/appsscript/district/sheetsApiDouble';

const SCHOOLS = 300;
const AS_OF = '2026-03-31';
const tabs = syntheticRegister({
  seed: 3,
  partners: 20,
  activities: 60,
  language: 'th',
  asOf: AS_OF,
  serialDates: true,
});
const options = {
  settings: { ...DEFAULT_SETTINGS, as_of: AS_OF },
  language: 'en' as const,
  networkFiguresOf: networkFigures,
};

let time = 0;
const sleep = (ms: number) => {
  time += ms;
};
const sheets = createSheetsApiDouble(() => ({ tabs, shared: true }), { clock: () => time });
const ports = {
  workbook: adapterOver(createAppsScriptDouble()),
  reader: new SheetsRegisterReader(sheets.api, { now: () => time, sleep }),
  charts: null,
  clock: () => time,
  now: () => `${AS_OF}T09:00:00.000+07:00`,
  sleep,
};
startDistrictRollup(ports, options);
ports.workbook.writeValues(
  'District',
  3,
  1,
  Array.from({ length: SCHOOLS }, (_, i) => [`School ${i}`, `1${String(i).padStart(43, 'z')}`]),
);
let executions = 1;
let progress = startDistrictRollup(ports, options);
while (!progress.finished && executions < 50) {
  progress = continueDistrictRollup(ports, options);
  executions++;
}
console.log(
  `District roll-up of ${SCHOOLS} schools under the read quota (${READS_PER_MINUTE} reads/min allowed of 60)`,
);
console.log('| schools | reads | 429s | executions (≤ 270 s reading each) | minutes reading | readable |');
console.log('|---:|---:|---:|---:|---:|---:|');
console.log(
  `| ${SCHOOLS} | ${sheets.log.calls.length} | ${sheets.log.refused} | ${executions} | ${(time / 60_000).toFixed(1)} | ${progress.readable} |`,
);
console.log(`\nbudget per execution: ${EXECUTION_BUDGET_MS / 1000} s of Apps Script's 360 s`);
