import type { Language } from '../../shared/i18n/language';
import { joinBoth, type Reason, reason } from '../../shared/i18n/reason';
import { allocateIds } from '../../shared/ids/ids';
import { normaliseRow } from '../../shared/normalise/row';
import { type Cell, cellText, emptyTables, type Register, type Row } from '../../shared/register/register';
import { mapHeaders } from '../../shared/schema/columnLookup';
import { enumLabel } from '../../shared/schema/enumLookup';
import { foldLabel } from '../../shared/schema/headerText';
import { type DataTabKey, tabDef } from '../../shared/schema/tabs';
import { neutraliseFormulaText } from '../../shared/text/formulaText';
import { markColumnOf } from './capture/captureMarks';
import type { FormulaLayer, RegisterLayout } from './formulaLayer';
import { helperSheetBlocks } from './helperSheets';
import { ADDON_MESSAGES } from './messages';
import { type CellMap, readForm } from './records/rowChange';
import { countersProperty, readRegisterProperties } from './registerProperties';
import { findDataSheet } from './sheetLocator';
import { saveSnapshot } from './snapshots';
import { gridToRows } from './tableRows';
import type { Grid, SheetCell, ValueBlock, Workbook } from './workbook';

/** The most rows one append (an import, a batch of captures) may carry; checked before anything is read. */
export const MAX_APPEND_ROWS = 10_000;

/** A row that was not added, by its 1-based position in the batch. */
export interface RefusedRow {
  line: number;
  reason: Reason;
  problems: { column: string; reason: Reason }[];
}

export interface AppendOutcome {
  /** The ids given to the rows added, in order. */
  added: string[];
  /** The canonical rows as added (ids included). */
  rows: Row[];
  /** Each added row's data cells as the sheet now reads them: what undoing the append compares. */
  cells: CellMap[];
  refused: RefusedRow[];
  snapshotId: string | null;
}

export interface AppendOptions {
  layer: FormulaLayer;
  /** Now, ISO; stamps `created_at`/`updated_at` and the snapshot. */
  now: string;
  /** Keep an undo snapshot (imports do; single records don't). */
  snapshot?: boolean;
  /** An action name for the snapshot. @default 'import' */
  action?: string;
  /** Keep an id a row already carries when no row of the tab has it (imports); @default false */
  keepIds?: boolean;
  /**
   * Captures: each raw's capture ids (space-separated), written in the hidden marks column in the
   * same write as the row, where the host does not save an action as one commit (see
   * `capture/captureMarks.ts`).
   */
  marks?: readonly string[];
}

/**
 * Appends records to a tab in one write: each normalised (bad rows refused with reasons, the
 * rest still added), given an id from the counter, its people's text made safe from formula
 * injection, its choices written as labels, and its formula cells filled. Holds the document lock.
 * Costs the same few service calls whatever the number of rows.
 */
export function appendRecords(
  workbook: Workbook,
  tab: DataTabKey,
  raws: readonly Record<string, unknown>[],
  options: AppendOptions,
): { ok: true; value: AppendOutcome } | { ok: false; reason: Reason } {
  if (raws.length > MAX_APPEND_ROWS) {
    return {
      ok: false,
      reason: reason('append.too_many', ADDON_MESSAGES.tooManyRows, {
        limit: MAX_APPEND_ROWS,
        count: raws.length,
      }),
    };
  }
  return workbook.withLock(() => appendLocked(workbook, tab, raws, options));
}

function appendLocked(
  workbook: Workbook,
  tab: DataTabKey,
  raws: readonly Record<string, unknown>[],
  { layer, now, snapshot = false, action = 'import', keepIds = false, marks }: AppendOptions,
): { ok: true; value: AppendOutcome } | { ok: false; reason: Reason } {
  const def = tabDef(tab);
  const stored = readRegisterProperties(workbook.getProperties());
  const language = stored.language ?? stored.settings.language;
  const sheets = workbook.listSheets();
  const sheet = stored.isRegister ? findDataSheet(sheets, def, language) : undefined;
  if (!sheet) return { ok: false, reason: reason('register.not_set_up', ADDON_MESSAGES.notRegister) };

  const values = workbook.readValues(sheet);
  const header = (values[0] ?? []).map((cell) => (cell === null ? '' : String(cell)));
  const columns = columnsOf(tab, header, layer);
  let width = header.length;
  const missingHeaders: { column: number; label: string }[] = [];
  for (const key of [...def.columns.map((c) => c.key), ...layer.formulaColumns(tab).map((c) => c.key)]) {
    if (columns[key] !== undefined) continue;
    width++;
    columns[key] = width;
    const label =
      def.columns.find((c) => c.key === key)?.label[language] ??
      layer.formulaColumns(tab).find((c) => c.key === key)!.label[language];
    missingHeaders.push({ column: width, label });
  }
  // The caller gave the tab its marks column before writing anything (`ensureMarkColumns`).
  const markColumn = marks !== undefined && !workbook.commitsActions ? markColumnOf(header) : undefined;
  if (missingHeaders.length > 0) {
    // A deleted column is put back at the end (as repair would) rather than losing the values for it.
    const line: SheetCell[] = header.map((text) => text);
    for (const { column, label } of missingHeaders) line[column - 1] = label;
    workbook.writeValues(sheet, 1, 1, [line]);
  }

  const refused: RefusedRow[] = [];
  const accepted: Row[] = [];
  /** Each accepted row's position among `raws`. */
  const acceptedAt: number[] = [];
  raws.forEach((raw, index) => {
    const { row, problems } = normaliseRow(tab, raw);
    if (problems.length > 0) {
      const problem = joinBoth(problems.map((p) => p.reason.message));
      refused.push({
        line: index + 1,
        problems,
        reason: reason('append.row_refused', ADDON_MESSAGES.rowRefused, { line: index + 1, problem }),
      });
      return;
    }
    accepted.push(row);
    acceptedAt.push(index);
  });

  const idColumn = columns.id - 1;
  const existing = values.slice(1).map((line) => ({ id: (line[idColumn] ?? null) as Cell }));
  // An import keeps the ids it already gave (other rows of the same import point at them).
  const taken = new Set(existing.map((row) => cellText(row.id)));
  const kept = keepIds
    ? accepted.filter((row) => cellText(row.id) !== '' && !taken.has(cellText(row.id)))
    : [];
  const keptSet = new Set(kept);
  const { ids: fresh, counter } = allocateIds(
    tab,
    stored.counters[tab],
    [...existing, ...kept],
    accepted.length - kept.length,
  );
  let nextFresh = 0;
  const ids = accepted.map((row) => (keptSet.has(row) ? cellText(row.id) : fresh[nextFresh++]));
  // Row 1 is the header even when the sheet was emptied by hand (its header is rewritten above).
  const firstRow = Math.max(values.length, 1) + 1;
  const layout = layoutWith(stored.layout, tab, columns, sheet, language);
  const cells: CellMap[] = [];
  const grid: Grid = accepted.map((row, i) => {
    row.id = ids[i];
    if ('created_at' in row && row.created_at === null) row.created_at = now;
    if ('updated_at' in row && row.updated_at === null) row.updated_at = now;
    const line: SheetCell[] = Array.from({ length: width }, () => null);
    for (const column of def.columns)
      line[columns[column.key] - 1] = sheetValue(row[column.key], column.enum, language);
    cells.push(
      Object.fromEntries(def.columns.map((column) => [column.key, readForm(line[columns[column.key] - 1])])),
    );
    for (const [key, formula] of Object.entries(layer.formulaCells(tab, layout, firstRow + i))) {
      if (columns[key] !== undefined) line[columns[key] - 1] = formula;
    }
    if (markColumn !== undefined)
      line[markColumn - 1] = sheetValue(marks?.[acceptedAt[i]] || null, undefined, language);
    return line;
  });

  let snapshotId: string | null = null;
  if (snapshot && grid.length > 0) {
    const rows = ids.map((id, i) => ({ tab, id, before: null, after: cells[i] }));
    snapshotId = saveSnapshot(
      workbook,
      { createdAt: now, action, language, sheets: [], rows },
      sheets.map((s) => s.name),
    );
  }
  const blocks: ValueBlock[] = grid.length > 0 ? [{ sheet, row: firstRow, column: 1, values: grid }] : [];
  if (grid.length > 0 && layer.helperSources.includes(tab)) {
    // Helper sheets (the Links sheet of partner–activity pairs) depend only on their source tabs;
    // they are written together with the rows, one call where the host can.
    const register: Register = {
      language,
      tables: emptyTables(),
      counters: stored.counters,
      settings: stored.settings,
    };
    register.tables[tab] = [...gridToRows(def, values), ...accepted];
    blocks.push(...helperSheetBlocks(workbook, layer, register, layout, sheets));
  }
  if (blocks.length > 0) workbook.writeBlocks(blocks);
  workbook.setProperties(countersProperty({ ...stored.counters, [tab]: counter }));
  return { ok: true, value: { added: ids, rows: accepted, cells, refused, snapshotId } };
}

/** Column key → 1-based column from the header (data columns by key/label/alias, formula columns by label). */
export function columnsOf(
  tab: DataTabKey,
  header: readonly string[],
  layer: FormulaLayer,
): Record<string, number> {
  const columns: Record<string, number> = {};
  for (const [key, index] of Object.entries(mapHeaders(tab, header).indexOf)) columns[key] = index + 1;
  for (const def of layer.formulaColumns(tab)) {
    const names = [def.key, def.label.th, def.label.en].map(foldLabel);
    const index = header.findIndex((text) => names.includes(foldLabel(text)));
    if (index >= 0) columns[def.key] = index + 1;
  }
  return columns;
}

/** A canonical cell as the sheet shows it: choices as labels, people's text never a formula. */
export function sheetValue(
  cell: Cell | undefined,
  enumName: Parameters<typeof enumLabel>[0] | undefined,
  language: Language,
): SheetCell {
  if (cell === null || cell === undefined) return null;
  if (enumName && typeof cell === 'string') return enumLabel(enumName, cell, language);
  return neutraliseFormulaText(cell);
}

/** The stored layout with one tab's sheet and columns as they stand now. */
export function layoutWith(
  stored: RegisterLayout | null,
  tab: DataTabKey,
  columns: Record<string, number>,
  sheet: string,
  language: Language,
): RegisterLayout {
  const base: RegisterLayout = stored ?? {
    language,
    sheets: {} as RegisterLayout['sheets'],
    columns: {} as RegisterLayout['columns'],
    settingsSheet: '',
    listsSheet: '',
  };
  return { ...base, sheets: { ...base.sheets, [tab]: sheet }, columns: { ...base.columns, [tab]: columns } };
}
