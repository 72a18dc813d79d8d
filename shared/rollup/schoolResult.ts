import type { Reason } from '../i18n/reason';
import type { SchoolFigures } from './figures';

/** One school of the officer's list, as typed in the District tab. */
export interface SchoolEntry {
  /** Position in the list (0-based), so two rows naming one register stay two rows. */
  index: number;
  name: string;
  /** The register link, id or (local host) path, as typed. */
  ref: string;
}

/** What the roll-up learned about one school in one run. */
export interface SchoolResult extends SchoolEntry {
  /** The register's stable key (Sheets id or local path); `null` when the ref is unusable. */
  key: string | null;
  /** `ok` rows carry figures; `unreadable` rows carry only the reason. */
  status: 'ok' | 'unreadable';
  /** The status a person reads: read, unchanged since…, or why it could not be read. */
  reason: Reason;
  figures: SchoolFigures | null;
  /** When the register was read (ISO date-time). */
  readAt: string;
  /** When the register last changed, where the host can tell; lets a rerun skip it. */
  modifiedAt: string | null;
}
