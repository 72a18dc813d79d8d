import { mkdir } from 'node:fs/promises';
import { commitFolderFiles, readGrid, readMeta } from './registerFolder';

/** A register folder's files as the file-backed workbook reads and writes them. */
export interface RegisterFolderIo {
  /** register.json as an object; `{}` when there is none yet. */
  readMeta(dir: string): Promise<Record<string, unknown>>;
  /** `<key>.csv` as rows of text; null when the file does not exist. */
  readGrid(dir: string, key: string): Promise<string[][] | null>;
  /** Writes files of the folder (by name → text) as one commit: all visible together or none. */
  commit(dir: string, files: ReadonlyMap<string, string>): Promise<void>;
}

/** The register folder's own files (register.json and one UTF-8 CSV per sheet), committed together. */
export const nodeRegisterFolder: RegisterFolderIo = {
  readMeta: async (dir) => (await readMeta(dir)) ?? {},
  readGrid,
  async commit(dir, files) {
    await mkdir(dir, { recursive: true });
    await commitFolderFiles(dir, files);
  },
};
