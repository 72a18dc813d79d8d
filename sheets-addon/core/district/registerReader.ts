import type { Reason } from '../../../shared/i18n/reason';
import type { SchoolGrids } from '../../../shared/rollup/schoolRegister';

/** What reading one school's register gave: its tabs' grids, or why it could not be read. */
export type RegisterRead =
  | { ok: true; grids: SchoolGrids }
  /** `later`: the platform asked to slow down or failed for now (HTTP 429, 5xx); read it again later. */
  | { ok: false; reason: Reason; later?: boolean };

/**
 * The narrow port the roll-up reads other registers through. The Apps Script adapter uses the
 * Sheets API (two calls a register); the local host reads register folders and .xlsx files.
 */
export interface RegisterReader {
  /** Whether a list row may name a local path instead of a Google Sheets link or id. */
  readonly acceptsPaths: boolean;
  /**
   * Reads the tabs the roll-up needs (picked with `titlesToRead` from the register's sheet titles)
   * in as few service calls as the host allows. Platform failures (no access, not found) come
   * back as reasons; nothing is thrown for them.
   */
  read(key: string): RegisterRead;
  /**
   * When the register last changed, if the host can tell without reading it or asking for more
   * scopes; `null` otherwise (then every run reads it again).
   */
  modifiedAt(key: string): string | null;
}
