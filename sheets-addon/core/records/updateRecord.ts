import { type Reason, reason } from '../../../shared/i18n/reason';
import { normaliseRow } from '../../../shared/normalise/row';
import type { Cell, Row } from '../../../shared/register/register';
import { type DataTabKey, tabDef } from '../../../shared/schema/tabs';
import { sheetValue } from '../appendRecords';
import type { FormulaLayer } from '../formulaLayer';
import { saveSnapshot } from '../snapshots';
import type { Workbook } from '../workbook';
import { RECORD_MESSAGES } from './recordMessages';
import { RegisterEdit } from './registerEdit';
import { type CellMap, readForm, sameCell } from './rowChange';

export type UpdateOutcome =
  | { ok: true; id: string; changed: string[]; snapshotId: string | null }
  | { ok: false; problems: { column: string; reason: Reason }[] };

/**
 * Changes one record in place: the fields given replace the row's (an empty one clears it), the
 * whole row is validated and normalised as when it was added, and only the cells that differ
 * are written, with `updated_at` stamped. The old values are kept as a restore point. Holds the
 * document lock; a fixed number of service calls.
 */
export function updateRecord(
  workbook: Workbook,
  tab: DataTabKey,
  id: string,
  fields: Row,
  options: { layer: FormulaLayer; now: string },
): UpdateOutcome {
  return workbook.withLock(() => {
    const edit = RegisterEdit.open(workbook, options.layer);
    if (!(edit instanceof RegisterEdit)) return refused(edit);
    const sheet = edit.tab(tab);
    const index = sheet?.indexOf(id);
    if (!sheet || index === undefined)
      return refused(reason('record.not_found', RECORD_MESSAGES.notFound, { id }));
    const current = sheet.row(index);
    const merged: Record<string, unknown> = { ...current };
    for (const [key, value] of Object.entries(fields)) {
      if (key === 'id') continue;
      merged[key] = typeof value === 'string' && value.trim() === '' ? null : value;
    }
    const { row, problems } = normaliseRow(tab, merged);
    if (problems.length > 0) return { ok: false, problems };
    row.id = current.id ?? id;

    const cells = sheet.cells(index);
    const before: CellMap = {};
    const after: CellMap = {};
    for (const column of tabDef(tab).columns) {
      if (column.key === 'updated_at' || column.key === 'created_at') continue;
      const next = readForm(sheetValue(row[column.key] as Cell, column.enum, edit.language));
      if (sameCell(cells[column.key], next)) continue;
      before[column.key] = cells[column.key] ?? null;
      after[column.key] = next;
    }
    const changed = Object.keys(after);
    if (changed.length === 0) return { ok: true, id: String(row.id), changed, snapshotId: null };
    if ('updated_at' in cells) {
      before.updated_at = cells.updated_at ?? null;
      after.updated_at = options.now;
    }
    for (const [key, value] of Object.entries(after)) sheet.set(index, key, value);
    const snapshotId = saveSnapshot(
      workbook,
      {
        createdAt: options.now,
        action: 'edit',
        language: edit.language,
        sheets: [],
        rows: [{ tab, id: String(row.id), before, after }],
      },
      edit.sheets.map((s) => s.name),
    );
    edit.write();
    return { ok: true, id: String(row.id), changed, snapshotId };
  });
}

function refused(why: Reason): UpdateOutcome {
  return { ok: false, problems: [{ column: '', reason: why }] };
}
