import type { DataTabKey } from '../../../shared/schema/tabs';

/** What the local host's table view reads from `GET /local/sheets`: each visible tab as rows of text. */
export interface RegisterSheets {
  language: 'th' | 'en';
  sheets: {
    name: string;
    rows: string[][];
    /** For a data tab: which one, and the column (0-based) holding ids, so a row can be opened for editing. */
    record?: { tab: DataTabKey; idColumn: number };
  }[];
}

/** The local host's read-only view of the register's tabs (not part of the Sheets sidebar contract). */
export const REGISTER_SHEETS_PATH = '/local/sheets';
