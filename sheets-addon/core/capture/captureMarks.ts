import type { Bilingual, Language } from '../../../shared/i18n/language';
import { foldLabel } from '../../../shared/schema/headerText';
import type { Grid, SheetCell, Workbook } from '../workbook';

/**
 * The capture marks: a hidden technical column at the end of the partners, contacts and
 * activities tabs holding the ids of the captures that wrote each row (a note's capture id on
 * the partner whose notes it extended). A row and its mark go in the same write, so on Apps
 * Script, where one call cannot write two sheets together, a retry after a batch failed part-way
 * recognises the rows already written even though the capture log was never reached.
 *
 * Only hosts that cannot save an action as one commit keep marks (`Workbook.commitsActions`).
 * The column is found by either label, so a language switch or an older register (repair and
 * exports know nothing of it) still reads it; it is created, hidden, the first time a capture needs it.
 */
export const CAPTURE_MARK_LABEL: Bilingual = {
  th: 'รหัสการบันทึกจากส่วนขยาย (ระบบ)',
  en: 'Capture ids (system)',
};

/** A mark cell keeps the newest ids within this many characters (a cell holds 50,000). */
export const MAX_MARK_LENGTH = 2_000;

const LABELS = new Set([CAPTURE_MARK_LABEL.th, CAPTURE_MARK_LABEL.en].map(foldLabel));

/** The 1-based column of the marks in a header row, if there is one. */
export function markColumnOf(header: readonly SheetCell[]): number | undefined {
  const index = header.findIndex((cell) => cell !== null && LABELS.has(foldLabel(String(cell))));
  return index >= 0 ? index + 1 : undefined;
}

/** The capture ids a mark cell holds. */
export function markedIds(cell: SheetCell | undefined): string[] {
  if (cell === null || cell === undefined) return [];
  return String(cell)
    .split(/\s+/)
    .filter((id) => id !== '');
}

/** A mark cell holding these ids (oldest dropped first beyond MAX_MARK_LENGTH). */
export function markText(ids: readonly string[]): string {
  const kept: string[] = [];
  let length = 0;
  for (const id of [...ids].reverse()) {
    if (kept.includes(id)) continue;
    length += id.length + 1;
    if (length > MAX_MARK_LENGTH + 1) break;
    kept.unshift(id);
  }
  return kept.join(' ');
}

/** The mark cell with one more id. */
export function withMark(cell: SheetCell, id: string): string {
  return markText([...markedIds(cell), id]);
}

/** Capture id → the id (column `id`) of the row it marks, over a tab's grid as read. */
export function marksOf(values: Grid, idColumn: number | undefined): Map<string, string> {
  const column = markColumnOf(values[0] ?? []);
  if (column === undefined || idColumn === undefined) return new Map();
  const found = new Map<string, string>();
  for (const line of values.slice(1)) {
    const rowId = line[idColumn - 1];
    const id = rowId === null || rowId === undefined ? '' : String(rowId).trim();
    if (id === '') continue;
    for (const capture of markedIds(line[column - 1])) if (!found.has(capture)) found.set(capture, id);
  }
  return found;
}

/**
 * Gives each marked tab its marks column where it has none yet: labelled in the register's
 * language after the last column, then hidden where the host can hide columns. Done before a
 * batch writes anything, so its rows and marks then go in one write; returns each tab's column.
 */
export function ensureMarkColumns(
  workbook: Workbook,
  tabs: readonly { sheet: string; header: readonly SheetCell[] }[],
  language: Language,
): Map<string, number> {
  const columns = new Map<string, number>();
  for (const { sheet, header } of tabs) {
    let column = markColumnOf(header);
    if (column === undefined) {
      column = header.length + 1;
      workbook.writeValues(sheet, 1, column, [[CAPTURE_MARK_LABEL[language]]]);
      workbook.hideColumn?.(sheet, column);
    }
    columns.set(sheet, column);
  }
  return columns;
}
