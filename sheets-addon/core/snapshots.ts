import type { Language } from '../../shared/i18n/language';
import { type Reason, reason } from '../../shared/i18n/reason';
import { DATA_TABS } from '../../shared/schema/tabs';
import type { SnapshotInfo } from './contract';
import { ADDON_MESSAGES } from './messages';
import type { RowChange } from './records/rowChange';
import { PROPERTY } from './registerProperties';
import { findDataSheet, SNAPSHOT_SHEET } from './sheetLocator';
import type { Grid, SheetCell, Workbook } from './workbook';

/** Sheets refuses a cell over 50,000 characters; chunks stay well under it. */
const CHUNK_CHARS = 40_000;
/** Undo snapshots kept; older ones are dropped when a new one is saved. */
export const MAX_SNAPSHOTS = 10;

/** One sheet as it was before a bulk change, formulas in place (`=…`), text marked with `'`. */
export interface SheetSnapshot {
  /** The data tab this sheet holds, so a renamed sheet is still found; absent for other sheets. */
  tab?: string;
  name: string;
  /** The sheet row the grid starts at (1 when absent); rows from here past the grid are cleared on restore. */
  fromRow?: number;
  grid: Grid;
}

/** What an import, repair or language switch changed, so it can be undone. */
export interface Snapshot {
  id: string;
  createdAt: string;
  /** `import`, `repair`, `language`, `setup`, `edit`, `delete`. */
  action: string;
  language: Language | null;
  /** Whole sheets as they were (restore points kept before row changes were recorded). */
  sheets: SheetSnapshot[];
  /** The rows the operation added, deleted or edited: what an exact undo reverses. */
  rows?: RowChange[];
}

const HEADER = ['id', 'created_at', 'action', 'part', 'parts', 'json'];

/** Stores a snapshot as JSON chunks in the hidden snapshot sheet; returns its id. */
export function saveSnapshot(
  workbook: Workbook,
  snapshot: Omit<Snapshot, 'id'>,
  existingSheets: readonly string[],
): string {
  if (!existingSheets.includes(SNAPSHOT_SHEET)) {
    workbook.createSheet(SNAPSHOT_SHEET, { hidden: true });
    workbook.writeValues(SNAPSHOT_SHEET, 1, 1, [HEADER]);
  }
  const stored = readRows(workbook);
  // A running number after the time keeps ids unique even when old snapshots were dropped.
  const sequence = Math.max(0, ...stored.map((row) => Number(String(row[0]).split('-').pop()) || 0)) + 1;
  const id = `${snapshot.createdAt.replace(/[^0-9]/g, '').slice(0, 14)}-${sequence}`;
  const rows = chunkRows({ ...snapshot, id }, JSON.stringify({ ...snapshot, id }));
  const ids = [...new Set(stored.map((row) => String(row[0])))];
  if (ids.length >= MAX_SNAPSHOTS) {
    const keep = new Set(ids.slice(ids.length - MAX_SNAPSHOTS + 1));
    const kept = stored.filter((row) => keep.has(String(row[0]))).map((row) => row.map(keepText));
    workbook.clearSheet(SNAPSHOT_SHEET);
    workbook.writeValues(SNAPSHOT_SHEET, 1, 1, [HEADER, ...kept, ...rows]);
  } else {
    workbook.appendRows(SNAPSHOT_SHEET, rows);
  }
  return id;
}

export function listSnapshots(workbook: Workbook): SnapshotInfo[] {
  if (!workbook.listSheets().some((sheet) => sheet.name === SNAPSHOT_SHEET)) return [];
  const seen = new Map<string, SnapshotInfo>();
  for (const row of readRows(workbook)) {
    const id = String(row[0]);
    if (!seen.has(id)) seen.set(id, { id, createdAt: String(row[1]), action: String(row[2]) });
  }
  return [...seen.values()].reverse();
}

export function loadSnapshot(workbook: Workbook, id: string): Snapshot | undefined {
  if (!workbook.listSheets().some((sheet) => sheet.name === SNAPSHOT_SHEET)) return undefined;
  const parts = readRows(workbook)
    .filter((row) => String(row[0]) === id)
    .sort((a, b) => Number(a[3]) - Number(b[3]));
  if (parts.length === 0) return undefined;
  return JSON.parse(parts.map((row) => String(row[5])).join('')) as Snapshot;
}

/**
 * Puts every sheet of a snapshot back as it was: its name, and every cell (cells beyond the old
 * extent are cleared, so rows an import added go away). Returns what it did.
 */
export function restoreSnapshot(workbook: Workbook, id: string): Reason[] {
  const snapshot = loadSnapshot(workbook, id);
  if (!snapshot) return [reason('snapshot.missing', ADDON_MESSAGES.snapshotMissing, { id })];
  const changes: Reason[] = [];
  const sheets = workbook.listSheets();
  for (const entry of snapshot.sheets) {
    const tab = DATA_TABS.find((def) => def.key === entry.tab);
    const current = tab
      ? findDataSheet(sheets, tab, snapshot.language ?? 'th')
      : sheets.find((s) => s.name === entry.name)?.name;
    if (!current) workbook.createSheet(entry.name);
    else if (current !== entry.name && !sheets.some((s) => s.name === entry.name))
      workbook.renameSheet(current, entry.name);
    const info = sheets.find((s) => s.name === current);
    const fromRow = entry.fromRow ?? 1;
    const rows = Math.max(entry.grid.length, (info?.lastRow ?? 0) - fromRow + 1);
    const columns = Math.max(0, ...entry.grid.map((line) => line.length), info?.lastColumn ?? 0);
    if (rows > 0 && columns > 0) {
      const grid: Grid = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c): SheetCell => entry.grid[r]?.[c] ?? null),
      );
      workbook.writeValues(entry.name, fromRow, 1, grid);
    }
    changes.push(
      reason('snapshot.restored', ADDON_MESSAGES.snapshotRestored, {
        sheet: entry.name,
        action: snapshot.action,
        when: snapshot.createdAt,
      }),
    );
  }
  if (snapshot.language) workbook.setProperties({ [PROPERTY.language]: snapshot.language });
  return changes;
}

/**
 * Changes stored snapshots in one read and one rewrite: `edit` returns a snapshot to keep (as
 * it is or changed) or `null` to drop it. Returns how many snapshots were changed or dropped.
 */
export function rewriteSnapshots(workbook: Workbook, edit: (snapshot: Snapshot) => Snapshot | null): number {
  if (!workbook.listSheets().some((sheet) => sheet.name === SNAPSHOT_SHEET)) return 0;
  const stored = readRows(workbook);
  const ids = [...new Set(stored.map((row) => String(row[0])))];
  let touched = 0;
  const rows: Grid = [];
  for (const id of ids) {
    const parts = stored.filter((row) => String(row[0]) === id).sort((a, b) => Number(a[3]) - Number(b[3]));
    const json = parts.map((row) => String(row[5])).join('');
    const edited = edit(JSON.parse(json) as Snapshot);
    const editedJson = edited && JSON.stringify(edited);
    if (editedJson !== json) touched++;
    if (editedJson) rows.push(...chunkRows({ ...edited, id } as Snapshot, editedJson));
  }
  if (touched === 0) return 0;
  workbook.clearSheet(SNAPSHOT_SHEET);
  workbook.writeValues(SNAPSHOT_SHEET, 1, 1, [HEADER, ...rows]);
  return touched;
}

function chunkRows(snapshot: Snapshot, json: string): Grid {
  const parts: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK_CHARS) parts.push(json.slice(i, i + CHUNK_CHARS));
  return parts
    .map((part, i) => [snapshot.id, snapshot.createdAt, snapshot.action, i + 1, parts.length, part])
    .map((row) => row.map(keepText));
}

function readRows(workbook: Workbook): Grid {
  return workbook.readValues(SNAPSHOT_SHEET).slice(1);
}

/** Stored as text whatever it looks like: Sheets would read a chunk starting `=` as a formula, a date as a date. */
function keepText(cell: SheetCell): SheetCell {
  return typeof cell === 'string' ? `'${cell}` : cell;
}
