import { join } from 'node:path';
import type { Language } from '../../../shared/i18n/language';
import type { DataTabKey } from '../../../shared/schema/tabs';
import type { Settings } from '../../../shared/settings/settings';
import { writeFileAtomic } from './atomicFile';
import { readFolderFile } from './folderCommit';
import { folderError } from './messages';

export const META_FILE = 'register.json';
export const REGISTER_FORMAT = 'netreg-register';
export const REGISTER_FORMAT_VERSION = 1;

/** register.json: the register's own fields; keys other tools add are kept as they are. */
export interface RegisterMeta {
  format?: string;
  version?: number;
  language?: Language;
  counters?: Partial<Record<DataTabKey, number>>;
  settings?: Partial<Settings>;
  [other: string]: unknown;
}

/** register.json as an object; `null` when the folder has none. */
export async function readMeta(dir: string): Promise<RegisterMeta | null> {
  let bytes: Buffer | null;
  try {
    bytes = await readFolderFile(dir, META_FILE);
  } catch (error) {
    throw folderError('folder.unreadable', { file: META_FILE, detail: (error as Error).message });
  }
  if (bytes === null) return null;
  const text = bytes.toString('utf8');
  try {
    const meta: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (!meta || typeof meta !== 'object' || Array.isArray(meta)) throw new Error('not a JSON object');
    return meta as RegisterMeta;
  } catch (error) {
    throw folderError('folder.meta_broken', { detail: (error as Error).message });
  }
}

/** register.json's text for an object. */
export function metaFileText(meta: RegisterMeta): string {
  return `${JSON.stringify(meta, null, 2)}\n`;
}

/** Writes register.json atomically, alone, as given (read it, change your keys, write it back). */
export async function writeMeta(dir: string, meta: RegisterMeta): Promise<void> {
  await writeFileAtomic(join(dir, META_FILE), metaFileText(meta));
}
