import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { emptyCounters, emptyTables, type Register, type Row } from '../../../shared/register/register';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';

const DIR = join(import.meta.dirname, '../../fixtures/register');
const NUMERIC = new Set(['value', 'participants', 'target', 'actual']);

/** The fixture register (its CSVs already carry canonical keys), read without the CSV layer. */
export function fixtureRegister(): Register {
  const tables = emptyTables();
  for (const tab of ['partners', 'activities', 'resources'] as const) {
    const parsed = Papa.parse<Record<string, string>>(readFileSync(join(DIR, `${tab}.csv`), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    tables[tab] = parsed.data.map((record) => {
      const row: Row = {};
      for (const [key, text] of Object.entries(record)) {
        row[key] = text === '' ? null : NUMERIC.has(key) ? Number(text) : text;
      }
      return row;
    });
  }
  return { language: 'th', tables, counters: emptyCounters(), settings: DEFAULT_SETTINGS };
}
