import { readdir, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { reason } from '../../../shared/i18n/reason';
import { ROLLUP_MESSAGES } from '../../../shared/rollup/messages';
import type { RawCell, RawGrid } from '../../../shared/rollup/schoolRegister';
import { titlesToRead } from '../../../shared/rollup/schoolTabs';
import type { RegisterRead, RegisterReader } from '../../core/district/registerReader';
import { readGrid } from '../registerFolder';

/** One register found on disk: its tabs' grids, or why it cannot be read. */
type Loaded =
  | { ok: true; tabs: Record<string, RawGrid>; modifiedAt: string }
  | (RegisterRead & { ok: false });

/** An exceljs cell value as a plain cell: dates as ISO days, formulas as their cached result, rich text as text. */
function plainCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return plainCell(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return null;
  }
  return value as RawCell;
}

async function loadXlsx(path: string): Promise<Record<string, RawGrid>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const tabs: Record<string, RawGrid> = {};
  for (const sheet of workbook.worksheets) {
    const grid: RawCell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const values = row.values as ExcelJS.CellValue[];
      grid[number - 1] = values.slice(1).map(plainCell);
    });
    tabs[sheet.name] = Array.from(grid, (row) => row ?? []);
  }
  return tabs;
}

/** A register folder: one CSV per tab, named by the tab's key or label (`partners.csv`, `ภาคีเครือข่าย.csv`). */
async function loadFolder(path: string): Promise<Record<string, RawGrid>> {
  const tabs: Record<string, RawGrid> = {};
  const files = (await readdir(path)).filter((file) => extname(file).toLowerCase() === '.csv');
  const chosen = new Set(Object.values(titlesToRead(files.map((file) => basename(file, extname(file))))));
  for (const file of files) {
    const title = basename(file, extname(file));
    if (!chosen.has(title)) continue; // contacts and reflections are never opened
    tabs[title] = (await readGrid(path, file)) ?? [];
  }
  return tabs;
}

function failure(code: 'school.not_found' | 'school.not_register'): RegisterRead & { ok: false } {
  return { ok: false, reason: reason(code, ROLLUP_MESSAGES[code]) };
}

/**
 * The roll-up's reader on the local host: register folders and exported .xlsx files, loaded
 * up front (file reads are asynchronous in Node, the reader port is not) and served by path.
 */
export class LocalRegisters implements RegisterReader {
  readonly acceptsPaths = true;

  private constructor(private readonly loaded: Map<string, Loaded>) {}

  /** Loads each path (as the list names it), resolved against `cwd`. */
  static async load(names: readonly string[], cwd: string): Promise<LocalRegisters> {
    const loaded = new Map<string, Loaded>();
    for (const name of names) {
      const path = resolve(cwd, name);
      let info: Awaited<ReturnType<typeof stat>>;
      try {
        info = await stat(path);
      } catch {
        loaded.set(name, failure('school.not_found'));
        continue;
      }
      const modifiedAt = info.mtime.toISOString();
      try {
        if (info.isDirectory()) loaded.set(name, { ok: true, tabs: await loadFolder(path), modifiedAt });
        else if (extname(path).toLowerCase() === '.xlsx')
          loaded.set(name, { ok: true, tabs: await loadXlsx(path), modifiedAt });
        else loaded.set(name, failure('school.not_register'));
      } catch {
        loaded.set(name, failure('school.not_register'));
      }
    }
    return new LocalRegisters(loaded);
  }

  read(key: string): RegisterRead {
    const file = this.loaded.get(key) ?? failure('school.not_found');
    return file.ok ? { ok: true, grids: { tabs: file.tabs } } : file;
  }

  modifiedAt(key: string): string | null {
    const file = this.loaded.get(key);
    return file?.ok ? file.modifiedAt : null;
  }
}
