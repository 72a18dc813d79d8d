import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';

/** A register folder's files as the file-backed workbook reads and writes them. */
export interface RegisterFolderIo {
  /** register.json as an object; `{}` when there is none yet. */
  readMeta(dir: string): Promise<Record<string, unknown>>;
  writeMeta(dir: string, meta: Record<string, unknown>): Promise<void>;
  /** `<key>.csv` as rows of text; null when the file does not exist. */
  readGrid(dir: string, key: string): Promise<string[][] | null>;
  writeGrid(dir: string, key: string, grid: string[][]): Promise<void>;
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}

/**
 * Plain files: UTF-8 CSV (a BOM so spreadsheet programs read Thai correctly) and pretty JSON.
 * Used until the register folder's own readGrid/writeGrid are shared from sheets-addon/local.
 */
export const nodeRegisterFolder: RegisterFolderIo = {
  async readMeta(dir) {
    try {
      return JSON.parse(await readFile(join(dir, 'register.json'), 'utf8')) as Record<string, unknown>;
    } catch (error) {
      if (isMissing(error)) return {};
      throw error;
    }
  },
  async writeMeta(dir, meta) {
    await mkdir(dir, { recursive: true });
    await writeAtomically(join(dir, 'register.json'), `${JSON.stringify(meta, null, 2)}\n`);
  },
  async readGrid(dir, key) {
    let text: string;
    try {
      text = await readFile(join(dir, `${key}.csv`), 'utf8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
    return parsed.data;
  },
  async writeGrid(dir, key, grid) {
    await mkdir(dir, { recursive: true });
    await writeAtomically(join(dir, `${key}.csv`), `\uFEFF${Papa.unparse(grid, { newline: '\r\n' })}\r\n`);
  },
};
