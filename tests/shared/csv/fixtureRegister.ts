import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCsvBytes } from '../../../shared/csv/decodeCsvBytes';
import { parseCsv } from '../../../shared/csv/parseCsv';
import { emptyCounters, emptyTables, type Register } from '../../../shared/register/register';
import type { DataTabKey } from '../../../shared/schema/tabs';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { readTab } from '../../../shared/table/readTab';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** The fixture CSV's bytes, as a file on disk holds them. */
export function fixtureCsvBytes(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, 'csv', name));
}

/** The fixture register (partners, activities, resources; keys as headers), read through readTab. */
export function fixtureRegister(): Register {
  const tables = emptyTables();
  for (const tab of ['partners', 'activities', 'resources'] as DataTabKey[]) {
    const text = decodeCsvBytes(readFileSync(join(FIXTURES, 'register', `${tab}.csv`))).text;
    tables[tab] = readTab(tab, parseCsv(text).grid).rows;
  }
  return { language: 'th', tables, counters: emptyCounters(), settings: DEFAULT_SETTINGS };
}
