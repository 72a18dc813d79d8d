/** What the local host's table view reads from `GET /local/sheets`: each visible tab as rows of text. */
export interface RegisterSheets {
  language: 'th' | 'en';
  sheets: { name: string; rows: string[][] }[];
}

/** The local host's read-only view of the register's tabs (not part of the Sheets sidebar contract). */
export const REGISTER_SHEETS_PATH = '/local/sheets';
