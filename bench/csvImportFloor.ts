/**
 * What any import of the bench's file costs before it normalises, folds or matches anything, in a
 * fresh process like csvImportMeasure.ts: the bytes decoded and the text parsed by papaparse
 * (`parse`), and then each data line kept as the register row it brings, its cells under the
 * header's columns, a cell that repeats the one above it kept once (`rows`). An import must at least do this, so
 * the import's own CPU can never fall below it. Prints one JSON line like csvImportMeasure.ts.
 * Run by csvImport.bench.ts: `node --import tsx --expose-gc bench/csvImportFloor.ts DATA_DIR parse|rows`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCsvBytes } from '../shared/csv/decodeCsvBytes';
import { streamCsv } from '../shared/csv/parseCsv';
import { nullRecord } from '../shared/register/nullRecord';
import type { Row } from '../shared/register/register';
import { tabDef } from '../shared/schema/tabs';

const [dataDir, floor] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(join(dataDir, 'partners.csv')));
const columns = tabDef('partners').columns;
const emptyRow = nullRecord(columns);
// The bench's file has the tab's columns in the tab's order (see csvImportData.ts).
const keys = columns.map((column) => column.key);
const above: string[] = keys.map(() => '');

(globalThis as { gc?: () => void }).gc?.();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const { text } = decodeCsvBytes(bytes);
const rows: Row[] = [];
streamCsv(text, (cells, index) => {
  if (floor !== 'rows' || index === 0) return;
  const row: Row = { ...emptyRow };
  for (let c = 0; c < keys.length; c++) {
    const cell = cells[c];
    if (cell === undefined || cell === '') continue;
    if (cell !== above[c]) above[c] = cell;
    row[keys[c]] = above[c];
  }
  rows.push(row);
});
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs: performance.now() - t0,
    rows: rows.length,
  }),
);
