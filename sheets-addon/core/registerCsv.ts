import { applyImport } from '../../shared/csv/applyImport';
import { exportCsv } from '../../shared/csv/exportCsv';
import type { ImportPlan } from '../../shared/csv/importPlanTypes';
import { MAX_IMPORT_ROWS } from '../../shared/csv/limits';
import { planImport } from '../../shared/csv/planImport';
import type { Language } from '../../shared/i18n/language';
import { type Reason, reason } from '../../shared/i18n/reason';
import type { Register, Row } from '../../shared/register/register';
import { DATA_TABS, type DataTabKey, GENERATED_TABS, tabDef } from '../../shared/schema/tabs';
import { appendRecords, columnsOf, MAX_APPEND_ROWS, sheetValue } from './appendRecords';
import type { ImportOutcome, ImportPreview, ImportRequest } from './contract';
import type { FormulaLayer } from './formulaLayer';
import { ADDON_MESSAGES } from './messages';
import { readRegister } from './readRegister';
import { type CellMap, type RowChange, readForm } from './records/rowChange';
import { findDataSheet, findGeneratedSheet, type GeneratedSheet, SNAPSHOT_SHEET } from './sheetLocator';
import type { CsvPort } from './sidebarApi';
import { saveSnapshot } from './snapshots';
import type { Grid, SheetInfo, ValueBlock, Workbook } from './workbook';

/** Rows one import may add: the CSV engine's file limit, or one append's, whichever is lower. */
export const IMPORT_ROW_LIMIT = Math.min(MAX_IMPORT_ROWS, MAX_APPEND_ROWS);

/** Why a plan can't be applied as a whole, if it can't: a broken file, or more rows than one import may add. */
function refusalOf(plan: ImportPlan): Reason | undefined {
  if (plan.fatal) return plan.fatal;
  const rows = plan.accepted.length + plan.related.length;
  if (rows > IMPORT_ROW_LIMIT) {
    return reason('import.too_many', ADDON_MESSAGES.tooManyRows, { limit: IMPORT_ROW_LIMIT, count: rows });
  }
  return undefined;
}

function rejectedOf(plan: ImportPlan): { line: number; reason: Reason }[] {
  return [...plan.rejected, ...plan.duplicates.map(({ line, reason: why }) => ({ line, reason: why }))].sort(
    (a, b) => a.line - b.line,
  );
}

/** Sheets of the spreadsheet that are none of the register's: lists a school kept before, to adopt. */
function adoptableSheets(workbook: Workbook, language: Language): SheetInfo[] {
  const sheets = workbook.listSheets();
  const own = new Set<string>([SNAPSHOT_SHEET]);
  for (const def of DATA_TABS) {
    const name = findDataSheet(sheets, def, language);
    if (name) own.add(name);
  }
  for (const which of Object.keys(GENERATED_TABS) as GeneratedSheet[]) {
    const name = findGeneratedSheet(sheets, which, language);
    if (name) own.add(name);
  }
  return sheets.filter((sheet) => !sheet.hidden && !own.has(sheet.name) && sheet.lastRow > 1);
}

/** The text or grid an import reads: the CSV as given, or the adopted sheet's values (the sheet is only read). */
function sourceOf(workbook: Workbook, request: ImportRequest, language: Language): string | Grid | Reason {
  if ('csv' in request.source) return request.source.csv;
  const name = request.source.sheet;
  if (!adoptableSheets(workbook, language).some((sheet) => sheet.name === name))
    return reason('import.no_sheet', ADDON_MESSAGES.noSheetToAdopt, { sheet: name });
  return workbook.readValues(name);
}

function planOf(workbook: Workbook, request: ImportRequest, register: Register): ImportPlan {
  const source = sourceOf(workbook, request, register.language);
  if (typeof source === 'object' && source !== null && 'code' in source)
    return { ...planImport(request.tab, [], register), fatal: source };
  return planImport(request.tab, source, register, request.choices);
}

/**
 * CSV import and export over the Workbook port, with the CSV engine's plan: a preview that
 * changes nothing, then an import that adds every planned row (partners first, since other rows
 * point at them) in one write per tab and updates the records the person chose to update in one
 * more, under the document lock, with one undo snapshot. An adopted sheet is only read.
 */
export function createRegisterCsv(layer: FormulaLayer, today: () => string): CsvPort {
  return {
    adoptableSheets(workbook) {
      const language = readRegister(workbook, []).language;
      return adoptableSheets(workbook, language).map((sheet) => ({
        name: sheet.name,
        rows: sheet.lastRow - 1,
      }));
    },
    previewImport(workbook, request): ImportPreview {
      const plan = planOf(workbook, request, readRegister(workbook));
      const refusal = refusalOf(plan);
      return {
        headerLine: plan.headerLine,
        mapping: plan.mapping,
        columnsChoosable: plan.columnsChoosable,
        values: plan.values,
        accepted: refusal ? 0 : plan.accepted.length + plan.related.length,
        updated: refusal ? 0 : plan.updates.length,
        matched: plan.matched,
        rejected: rejectedOf(plan),
        fatal: refusal ?? null,
        rowLimit: IMPORT_ROW_LIMIT,
      };
    },
    confirmImport(workbook, request, now): ImportOutcome {
      return workbook.withLock(() => {
        const register = readRegister(workbook);
        const plan = planOf(workbook, request, register);
        const rejected = rejectedOf(plan);
        const refusal = refusalOf(plan);
        if (refusal) return { added: [], updated: [], matched: [], rejected, refusal, snapshotId: null };
        const applied = applyImport(register, plan);
        const sheets = workbook.listSheets();
        const touched = DATA_TABS.filter(
          (def) =>
            applied.newRows[def.key].length > 0 || applied.updated.some((entry) => entry.tab === def.key),
        );
        const updates = touched.flatMap((def) => {
          const name = findDataSheet(sheets, def, register.language);
          const mine = applied.updated.filter((entry) => entry.tab === def.key);
          return name && mine.length > 0
            ? [updateBlocks(workbook, layer, def.key, name, mine, register.language)]
            : [];
        });
        const blocks = updates.flatMap((entry) => entry.blocks);
        if (blocks.length > 0) workbook.writeBlocks(blocks);
        // Kept by row id (the cells it rewrote, the rows it added), so undoing the import
        // reverses exactly that and keeps everything done after it.
        const rows: RowChange[] = updates.flatMap((entry) => entry.changes);
        const added: string[] = [];
        for (const def of touched) {
          const newRows = applied.newRows[def.key];
          if (newRows.length === 0) continue;
          const lines = applied.added.filter((entry) => entry.tab === def.key).map((entry) => entry.line);
          const outcome = appendRecords(workbook, def.key, newRows, { layer, now, keepIds: true });
          if (!outcome.ok) {
            rejected.push({ line: 0, reason: outcome.reason });
            continue;
          }
          added.push(...outcome.value.added);
          outcome.value.added.forEach((id, i) => {
            rows.push({ tab: def.key, id, before: null, after: outcome.value.cells[i] });
          });
          for (const refused of outcome.value.refused)
            rejected.push({ line: lines[refused.line - 1] ?? 0, reason: refused.reason });
        }
        const snapshotId = rows.length
          ? saveSnapshot(
              workbook,
              { createdAt: now, action: 'import', language: register.language, sheets: [], rows },
              workbook.listSheets().map((sheet) => sheet.name),
            )
          : null;
        const updated = applied.updated.map((entry) => entry.id);
        return { added, updated, matched: applied.matched, rejected, refusal: null, snapshotId };
      });
    },
    exportCsv(workbook, tab: DataTabKey, language: Language) {
      const rows = readRegister(workbook, [tab]).tables[tab];
      return {
        filename: `${tabDef(tab).label[language]}-${today()}.csv`,
        text: exportCsv(tab, rows, language),
      };
    },
  };
}

/**
 * The cells an import's updates write (one block per changed cell, all sent in one call) and,
 * for undo, each updated row's changed cells before and after, found again by its id.
 */
function updateBlocks(
  workbook: Workbook,
  layer: FormulaLayer,
  tab: DataTabKey,
  sheet: string,
  updated: readonly { id: string; row: Row }[],
  language: Language,
): { blocks: ValueBlock[]; changes: RowChange[] } {
  const values = workbook.readValues(sheet);
  const header = (values[0] ?? []).map((cell) => (cell === null ? '' : String(cell)));
  const columns = columnsOf(tab, header, layer);
  const rowOf = new Map(values.map((line, index) => [String(line[columns.id - 1] ?? ''), index + 1]));
  const blocks: ValueBlock[] = [];
  const changes: RowChange[] = [];
  for (const { id, row } of updated) {
    const at = rowOf.get(id);
    if (at === undefined || at < 2) continue;
    const before: CellMap = {};
    const after: CellMap = {};
    for (const column of tabDef(tab).columns) {
      const c = columns[column.key];
      if (c === undefined || column.key === 'id') continue;
      const cell = sheetValue(row[column.key], column.enum, language);
      const old = values[at - 1]?.[c - 1] ?? null;
      if (cell === null || cell === old) continue;
      blocks.push({ sheet, row: at, column: c, values: [[cell]] });
      before[column.key] = readForm(old);
      after[column.key] = readForm(cell);
    }
    if (Object.keys(after).length > 0) changes.push({ tab, id, before, after });
  }
  return { blocks, changes };
}
