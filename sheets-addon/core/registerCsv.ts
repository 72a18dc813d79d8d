import { applyImport } from '../../shared/csv/applyImport';
import { exportCsv } from '../../shared/csv/exportCsv';
import type { ImportPlan } from '../../shared/csv/importPlan';
import { MAX_IMPORT_ROWS } from '../../shared/csv/limits';
import { planImport } from '../../shared/csv/planImport';
import type { Language } from '../../shared/i18n/language';
import { type Reason, reason } from '../../shared/i18n/reason';
import { DATA_TABS, type DataTabKey, tabDef } from '../../shared/schema/tabs';
import { appendRecords, MAX_APPEND_ROWS } from './appendRecords';
import type { ImportOutcome, ImportPreview } from './contract';
import type { FormulaLayer } from './formulaLayer';
import { ADDON_MESSAGES } from './messages';
import { readRegister } from './readRegister';
import { findDataSheet } from './sheetLocator';
import type { CsvPort } from './sidebarApi';
import { type SheetSnapshot, saveSnapshot } from './snapshots';

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
  const refusal = refusalOf(plan);
  return [
    ...(refusal ? [{ line: 0, reason: refusal }] : []),
    ...plan.rejected,
    ...plan.duplicates.map(({ line, reason: why }) => ({ line, reason: why })),
  ].sort((a, b) => a.line - b.line);
}

/**
 * CSV import and export over the Workbook port, with the CSV engine's plan: a preview that
 * changes nothing, then an import that adds every planned row (partners first, since other rows
 * point at them) in one write per tab, under the document lock, with one undo snapshot.
 */
export function createRegisterCsv(layer: FormulaLayer, today: () => string): CsvPort {
  return {
    previewImport(workbook, tab, csvText): ImportPreview {
      const plan = planImport(tab, csvText, readRegister(workbook));
      return {
        mapping: plan.mapping,
        accepted: refusalOf(plan) ? 0 : plan.accepted.length,
        matched: plan.matched,
        rejected: rejectedOf(plan),
        rowLimit: IMPORT_ROW_LIMIT,
      };
    },
    confirmImport(workbook, tab, csvText, now): ImportOutcome {
      return workbook.withLock(() => {
        const register = readRegister(workbook);
        const plan = planImport(tab, csvText, register);
        const rejected = rejectedOf(plan);
        if (refusalOf(plan)) return { added: [], matched: [], rejected, snapshotId: null };
        const applied = applyImport(register, plan);
        const sheets = workbook.listSheets();
        const touched = DATA_TABS.filter((def) => applied.newRows[def.key].length > 0);
        const entries: SheetSnapshot[] = touched.flatMap((def) => {
          const name = findDataSheet(sheets, def, register.language);
          const info = sheets.find((sheet) => sheet.name === name);
          return name ? [{ tab: def.key, name, fromRow: Math.max(info?.lastRow ?? 1, 1) + 1, grid: [] }] : [];
        });
        const snapshotId = entries.length
          ? saveSnapshot(
              workbook,
              { createdAt: now, action: 'import', language: register.language, sheets: entries },
              sheets.map((sheet) => sheet.name),
            )
          : null;
        const added: string[] = [];
        for (const def of touched) {
          const rows = applied.newRows[def.key];
          const lines = applied.added.filter((entry) => entry.tab === def.key).map((entry) => entry.line);
          const outcome = appendRecords(workbook, def.key, rows, { layer, now, keepIds: true });
          if (!outcome.ok) {
            rejected.push({ line: 0, reason: outcome.reason });
            continue;
          }
          added.push(...outcome.value.added);
          for (const refused of outcome.value.refused)
            rejected.push({ line: lines[refused.line - 1] ?? 0, reason: refused.reason });
        }
        return { added, matched: applied.matched, rejected, snapshotId };
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
