import { stat } from 'node:fs/promises';
import { isLanguage } from '../../../shared/i18n/language';
import type { Reason } from '../../../shared/i18n/reason';
import { emptyCounters, emptyTables, type Register } from '../../../shared/register/register';
import { DATA_TABS, type DataTabKey } from '../../../shared/schema/tabs';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { readTab } from '../../../shared/table/readTab';
import { listFolderFiles, readFolderConsistently } from './folderCommit';
import { readGrid, sheetFileName } from './gridFiles';
import { folderError } from './messages';
import { type RegisterMeta, readMeta } from './registerMeta';

/** Something wrong in one tab file of a register folder, by line (header = line 1). */
export interface FolderProblem {
  tab: DataTabKey;
  line: number;
  column?: string;
  reason: Reason;
}

/** A register folder read into the core's Register. */
export interface LoadedRegister {
  register: Register;
  /** Cells that could not be read (left empty in the rows), formula cells in data columns, unsafe text. */
  problems: FolderProblem[];
  /** The file line of each row, per tab, parallel to `register.tables[tab]`. */
  lines: Record<DataTabKey, number[]>;
  /** register.json as found ({} when there is none). */
  meta: RegisterMeta;
}

/**
 * Reads a register folder: register.json (language, counters, settings) and one CSV per tab
 * (a missing file is an empty tab), all as one commit left them; it writes nothing and takes no
 * lock. Throws RegisterFolderError when the folder is missing or is not a register.
 */
export async function loadRegister(dir: string): Promise<LoadedRegister> {
  try {
    if (!(await stat(dir)).isDirectory()) throw folderError('folder.missing', { dir });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw folderError('folder.missing', { dir });
    throw error;
  }
  return readFolderConsistently(dir, () => readRegisterFiles(dir));
}

async function readRegisterFiles(dir: string): Promise<LoadedRegister> {
  const meta = await readMeta(dir);
  const files = new Set(await listFolderFiles(dir));
  if (meta === null && !DATA_TABS.some((tab) => files.has(sheetFileName(tab.key)))) {
    throw folderError('folder.not_register', { dir });
  }
  const language = isLanguage(meta?.language) ? meta.language : 'th';
  const tables = emptyTables();
  const lines = Object.fromEntries(DATA_TABS.map((tab) => [tab.key, [] as number[]])) as Record<
    DataTabKey,
    number[]
  >;
  const problems: FolderProblem[] = [];
  for (const tab of DATA_TABS) {
    const grid = await readGrid(dir, tab.key);
    if (!grid) continue;
    const read = readTab(tab.key, grid);
    tables[tab.key] = read.rows;
    lines[tab.key] = read.lines;
    for (const problem of read.problems) problems.push({ tab: tab.key, ...problem });
  }
  const counters = { ...emptyCounters() };
  for (const tab of DATA_TABS) {
    const stored = meta?.counters?.[tab.key];
    if (typeof stored === 'number' && Number.isInteger(stored) && stored >= 0) counters[tab.key] = stored;
  }
  const settings = { ...DEFAULT_SETTINGS, ...(meta?.settings ?? {}), language };
  return { register: { language, tables, counters, settings }, problems, lines, meta: meta ?? {} };
}
