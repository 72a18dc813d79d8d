import { type MessageTemplate, type Reason, reason } from '../../../shared/i18n/reason';
import { recordName } from '../../../shared/register/recordName';
import { cellText, listItems } from '../../../shared/register/register';
import type { ColumnType } from '../../../shared/schema/columns';
import { DATA_TABS, type DataTabKey, tabDef } from '../../../shared/schema/tabs';
import type { DeletePlan, RecordRef, RecordReferences } from '../contract';
import type { FormulaLayer } from '../formulaLayer';
import { saveSnapshot } from '../snapshots';
import type { Workbook } from '../workbook';
import { recordLabel } from './recordLabel';
import { RECORD_MESSAGES } from './recordMessages';
import { RegisterEdit } from './registerEdit';
import { type CellMap, type RowChange, sameId } from './rowChange';
import type { TabEdit } from './tabEdit';

/** The column types that point at a record of each tab: one id, or a comma-separated list. */
const POINTERS: Partial<Record<DataTabKey, { one: ColumnType; many?: ColumnType }>> = {
  partners: { one: 'partner_ref', many: 'partner_refs' },
  activities: { one: 'activity_ref' },
};

/** One row that points at the record, and through which column. */
interface Referrer extends RecordRef {
  column: string;
  many: boolean;
  /** Another record is listed beside this one (an activity with several partners). */
  shared: boolean;
  index: number;
}

function referrersOf(edit: RegisterEdit, tab: DataTabKey, id: string): Referrer[] {
  const pointer = POINTERS[tab];
  if (!pointer) return [];
  const wanted = sameId(id);
  const found: Referrer[] = [];
  for (const def of DATA_TABS) {
    const columns = def.columns.filter((c) => c.type === pointer.one || c.type === pointer.many);
    if (columns.length === 0) continue;
    const sheet = edit.tab(def.key);
    if (!sheet) continue;
    for (const { index, row } of sheet.rows()) {
      for (const column of columns) {
        const items = listItems(row[column.key]);
        if (!items.some((item) => sameId(item) === wanted)) continue;
        found.push({
          tab: def.key,
          id: cellText(row.id ?? null),
          name: recordName(row),
          column: column.key,
          many: column.type === pointer.many,
          shared: items.some((item) => sameId(item) !== wanted),
          index,
        });
      }
    }
  }
  return found;
}

/** The record and every row that refers to it, for the delete confirmation. Reads only. */
export function recordReferences(
  workbook: Workbook,
  tab: DataTabKey,
  id: string,
  layer: FormulaLayer,
): RecordReferences | Reason {
  const edit = RegisterEdit.open(workbook, layer);
  if (!(edit instanceof RegisterEdit)) return edit;
  const sheet = edit.tab(tab);
  const index = sheet?.indexOf(id);
  if (!sheet || index === undefined) return reason('record.not_found', RECORD_MESSAGES.notFound, { id });
  const row = sheet.row(index);
  return {
    record: { tab, id: cellText(row.id ?? id), name: recordName(row) },
    referrers: referrersOf(edit, tab, id).map(({ tab: t, id: i, name, column, shared }) => ({
      tab: t,
      id: i,
      name,
      column,
      shared,
    })),
  };
}

export type DeleteOutcome =
  | { ok: true; changes: Reason[]; snapshotId: string }
  | { ok: false; reason: Reason };

/**
 * Deletes one record and settles what refers to it, so no id is left pointing at nothing: a
 * partner's contacts, agreements and resources move to another partner or are deleted with it;
 * activities drop it from their partner list (one left with no partner is deleted, or moves to
 * the other partner); resources of a deleted activity lose the link. Kept as a restore point;
 * holds the document lock; a fixed number of service calls.
 */
export function deleteRecord(
  workbook: Workbook,
  tab: DataTabKey,
  id: string,
  plan: DeletePlan,
  options: { layer: FormulaLayer; now: string },
): DeleteOutcome {
  return workbook.withLock(() => {
    const edit = RegisterEdit.open(workbook, options.layer);
    if (!(edit instanceof RegisterEdit)) return { ok: false, reason: edit };
    const sheet = edit.tab(tab);
    const index = sheet?.indexOf(id);
    if (!sheet || index === undefined)
      return { ok: false, reason: reason('record.not_found', RECORD_MESSAGES.notFound, { id }) };
    const ownRow = sheet.row(index);
    const ownId = cellText(ownRow.id ?? id);
    const target = plan.dependents === 'reassign' ? (plan.reassignTo ?? '').trim().toUpperCase() : '';
    let targetLabel = recordLabel({});
    if (plan.dependents === 'reassign') {
      const at = target === sameId(ownId) ? undefined : sheet.indexOf(target);
      if (at === undefined)
        return {
          ok: false,
          reason: reason('record.reassign_target', RECORD_MESSAGES.reassignTarget, {
            name: recordLabel(ownRow),
          }),
        };
      targetLabel = recordLabel(sheet.row(at));
    }

    const changes: Reason[] = [];
    const rows: RowChange[] = [];
    const removeRow = (on: TabEdit, at: number, message: MessageTemplate) => {
      const row = on.row(at);
      const rowId = cellText(row.id ?? null);
      rows.push({ tab: on.tab, id: rowId, before: on.cells(at), after: null });
      on.remove(at);
      changes.push(reason('record.deleted', message, { name: recordLabel(row), kind: tabDef(on.tab).label }));
    };

    for (const referrer of referrersOf(edit, tab, ownId)) {
      const on = edit.tab(referrer.tab) as TabEdit;
      if (on.indexOf(referrer.id) === undefined && referrer.id !== '') continue;
      const cell = on.cells(referrer.index)[referrer.column] ?? null;
      const others = listItems(cellText(cell as string | number | null)).filter(
        (item) => sameId(item) !== sameId(ownId),
      );
      let next: string | null;
      if (target) next = [...new Set([...others, target])].join(',');
      else if (referrer.many && others.length > 0) next = others.join(',');
      else if (tab === 'activities') next = null;
      else {
        removeRow(on, referrer.index, RECORD_MESSAGES.dependentDeleted);
        continue;
      }
      const before: CellMap = { [referrer.column]: cell };
      const after: CellMap = { [referrer.column]: next };
      rows.push({ tab: referrer.tab, id: referrer.id, before, after });
      on.set(referrer.index, referrer.column, next);
      const params = {
        name: recordLabel(on.row(referrer.index)),
        kind: tabDef(referrer.tab).label,
        to: targetLabel,
        from: recordLabel(ownRow),
      };
      changes.push(
        target
          ? reason('record.reassigned', RECORD_MESSAGES.dependentReassigned, params)
          : reason('record.detached', RECORD_MESSAGES.dependentDetached, params),
      );
    }
    removeRow(sheet, index, RECORD_MESSAGES.deleted);
    // The record itself first in the report.
    changes.unshift(changes.pop() as Reason);

    const snapshotId = saveSnapshot(
      workbook,
      { createdAt: options.now, action: 'delete', language: edit.language, sheets: [], rows },
      edit.sheets.map((s) => s.name),
    );
    edit.write();
    return { ok: true, changes, snapshotId };
  });
}
