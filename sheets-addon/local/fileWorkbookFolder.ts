import { mkdir } from 'node:fs/promises';
import { readGrid, readMeta, writeGrid, writeMeta } from './registerFolder';

/** A register folder's files as the file-backed workbook reads and writes them. */
export interface RegisterFolderIo {
  /** register.json as an object; `{}` when there is none yet. */
  readMeta(dir: string): Promise<Record<string, unknown>>;
  writeMeta(dir: string, meta: Record<string, unknown>): Promise<void>;
  /** `<key>.csv` as rows of text; null when the file does not exist. */
  readGrid(dir: string, key: string): Promise<string[][] | null>;
  writeGrid(dir: string, key: string, grid: string[][]): Promise<void>;
}

/** The register folder's own files (register.json and one UTF-8 CSV per sheet, written atomically). */
export const nodeRegisterFolder: RegisterFolderIo = {
  readMeta: async (dir) => (await readMeta(dir)) ?? {},
  async writeMeta(dir, meta) {
    await mkdir(dir, { recursive: true });
    await writeMeta(dir, meta);
  },
  readGrid,
  async writeGrid(dir, key, grid) {
    await mkdir(dir, { recursive: true });
    await writeGrid(dir, key, grid);
  },
};
