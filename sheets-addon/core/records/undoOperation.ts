import {
  joinBoth,
  type MessageParam,
  type MessageTemplate,
  type Reason,
  reason,
} from '../../../shared/i18n/reason';
import { recordName } from '../../../shared/register/recordName';
import { tabDef } from '../../../shared/schema/tabs';
import type { RecordRef } from '../contract';
import type { FormulaLayer } from '../formulaLayer';
import type { Snapshot } from '../snapshots';
import type { Workbook } from '../workbook';
import { recordLabel } from './recordLabel';
import { ACTION_NAMES, RECORD_MESSAGES } from './recordMessages';
import { RegisterEdit } from './registerEdit';
import { type RowChange, sameCell } from './rowChange';

const STAMPS = new Set(['created_at', 'updated_at']);

/** What an exact undo did, or what it needs to ask first. */
export interface UndoResult {
  changes: Reason[];
  /** Rows the operation added that were edited since: kept unless the person confirms. */
  editedSince: RecordRef[];
  /** True when nothing was changed because `editedSince` needs an answer first. */
  asked: boolean;
}

/**
 * Reverses exactly the rows a restore point recorded, found by id wherever they now are: rows
 * it added are removed (one edited since is kept unless `removeEdited`; with `removeEdited`
 * undefined nothing changes and the question comes back), rows it deleted come back at the end,
 * and cells it rewrote get their old value unless they were changed again. Everything else —
 * rows added or edited later — stays. The caller holds the lock.
 */
export function undoRowChanges(
  workbook: Workbook,
  snapshot: Snapshot,
  layer: FormulaLayer,
  removeEdited: boolean | null | undefined,
): UndoResult {
  const edit = RegisterEdit.open(workbook, layer);
  if (!(edit instanceof RegisterEdit)) return { changes: [edit], editedSince: [], asked: false };
  const changes: Reason[] = [];
  const action = ACTION_NAMES[snapshot.action] ?? { th: snapshot.action, en: snapshot.action };
  const say = (code: string, template: MessageTemplate, params: Record<string, MessageParam>) =>
    changes.push(actionReason(code, template, params, action));

  const editedSince: { change: RowChange; index: number; ref: RecordRef }[] = [];
  const plan: (() => void)[] = [];
  for (const change of snapshot.rows ?? []) {
    const sheet = edit.tab(change.tab);
    if (!sheet) continue;
    const index = sheet.indexOf(change.id);
    if (change.before === null && change.after !== null) {
      if (index === undefined) continue;
      const now = sheet.cells(index);
      // Timestamps are the register's own, and Sheets reads them back in its time zone.
      const untouched = Object.entries(change.after).every(
        ([key, value]) => STAMPS.has(key) || sameCell(now[key], value),
      );
      const ref = { tab: change.tab, id: change.id, name: recordName(sheet.row(index)) };
      if (!untouched) {
        editedSince.push({ change, index, ref });
        continue;
      }
      plan.push(() => {
        const name = recordLabel(sheet.row(index));
        sheet.remove(index);
        say('undo.removed', RECORD_MESSAGES.undoRemoved, { name });
      });
    } else if (change.after === null && change.before !== null) {
      const before = change.before;
      plan.push(() => {
        const existing = sheet.indexOf(change.id);
        if (existing !== undefined) {
          say('undo.kept_existing', RECORD_MESSAGES.undoKeptExisting, {
            name: recordLabel(sheet.row(existing)),
          });
          return;
        }
        sheet.append(before);
        say('undo.restored', RECORD_MESSAGES.undoRestored, { name: recordLabel(sheet.rowOf(before)) });
      });
    } else if (change.before && change.after) {
      if (index === undefined) continue;
      const { before, after } = change;
      plan.push(() => {
        const now = sheet.cells(index);
        const kept: string[] = [];
        let reverted = 0;
        for (const [key, old] of Object.entries(before)) {
          if (sameCell(now[key], after[key])) {
            sheet.set(index, key, old);
            if (key !== 'updated_at') reverted++;
          } else if (key !== 'updated_at') kept.push(key);
        }
        const name = recordLabel(sheet.row(index));
        if (reverted > 0) say('undo.reverted', RECORD_MESSAGES.undoReverted, { name, count: reverted });
        if (kept.length > 0) {
          const def = tabDef(change.tab);
          const columns = joinBoth(
            kept.map((key) => def.columns.find((c) => c.key === key)?.label ?? { th: key, en: key }),
            ', ',
          );
          changes.push(reason('undo.kept_cells', RECORD_MESSAGES.undoKeptCells, { name, columns, action }));
        }
      });
    }
  }

  // JSON (the local host) and google.script.run carry a missing answer as null.
  if (editedSince.length > 0 && (removeEdited === undefined || removeEdited === null))
    return { changes: [], editedSince: editedSince.map((e) => e.ref), asked: true };
  for (const step of plan) step();
  for (const { change, index, ref } of editedSince) {
    const sheet = edit.tab(change.tab);
    const name = sheet ? recordLabel(sheet.row(index)) : recordLabel({ name: ref.name });
    if (removeEdited && sheet) {
      sheet.remove(index);
      say('undo.removed', RECORD_MESSAGES.undoRemoved, { name });
    } else say('undo.kept_edited', RECORD_MESSAGES.undoKeptEdited, { name });
  }
  if (changes.length === 0) say('undo.nothing', RECORD_MESSAGES.undoNothing, {});
  edit.write();
  return { changes, editedSince: editedSince.map((e) => e.ref), asked: false };
}

/** A reason whose `{action}` is the operation's name in each language. */
function actionReason(
  code: string,
  template: MessageTemplate,
  params: Record<string, MessageParam>,
  action: MessageTemplate,
): Reason {
  return reason(code, template, { ...params, action });
}
