import { reason } from '../../../shared/i18n/reason';
import type { ChartCanvas } from '../charts/chartCanvas';
import type { UndoReport } from '../contract';
import type { FormulaLayer } from '../formulaLayer';
import { ADDON_MESSAGES } from '../messages';
import { setupOrRepair } from '../setupOrRepair';
import { loadSnapshot, restoreSnapshot, rewriteSnapshots } from '../snapshots';
import type { Workbook } from '../workbook';
import { ACTION_NAMES, RECORD_MESSAGES } from './recordMessages';
import { undoRowChanges } from './undoOperation';

/** What undoing needs besides the workbook. */
export interface UndoOptions {
  layer: FormulaLayer;
  now: string;
  charts?: ChartCanvas;
  /** The answer about rows added by the operation and edited since; undefined: ask first. */
  removeEdited?: boolean;
}

/**
 * Undoes one restore point under the document lock: exactly the rows and cells its operation
 * changed (see undoRowChanges); a language switch also puts Lists, Settings, headers and formulas
 * back in the earlier language. A restore point that was used is dropped. Restore points kept
 * as whole sheets (before row changes were recorded) are put back as they were.
 */
export function undoSnapshot(workbook: Workbook, id: string, options: UndoOptions): UndoReport {
  return workbook.withLock(() => {
    const snapshot = loadSnapshot(workbook, id);
    if (!snapshot)
      return {
        changes: [reason('snapshot.missing', ADDON_MESSAGES.snapshotMissing, { id })],
        snapshotId: null,
        editedSince: [],
        asked: false,
      };
    if (!snapshot.rows) {
      const changes = restoreSnapshot(workbook, id);
      return { ...withLanguage(workbook, snapshot, options, changes), editedSince: [], asked: false };
    }
    const undone = undoRowChanges(workbook, snapshot, options.layer, options.removeEdited);
    if (undone.asked) return { changes: [], snapshotId: null, editedSince: undone.editedSince, asked: true };
    rewriteSnapshots(workbook, (stored) => (stored.id === id ? null : stored));
    const report = withLanguage(workbook, snapshot, options, undone.changes);
    if (snapshot.action === 'repair' || snapshot.action === 'setup' || snapshot.action === 'language') {
      const action = ACTION_NAMES[snapshot.action];
      report.changes.push({
        code: 'undo.structure_kept',
        message: {
          th: RECORD_MESSAGES.undoStructureKept.th.replace('{action}', action.th),
          en: RECORD_MESSAGES.undoStructureKept.en.replace('{action}', action.en),
        },
      });
    }
    return { ...report, editedSince: undone.editedSince, asked: false };
  });
}

function withLanguage(
  workbook: Workbook,
  snapshot: NonNullable<ReturnType<typeof loadSnapshot>>,
  options: UndoOptions,
  changes: ReturnType<typeof restoreSnapshot>,
) {
  // Undoing a language switch also puts Lists, Settings and the formulas back in that language.
  if (snapshot.action === 'language' && snapshot.language) {
    const repaired = setupOrRepair(workbook, {
      layer: options.layer,
      language: snapshot.language,
      now: options.now,
      charts: options.charts,
      keepSnapshot: false,
    });
    if (repaired.ok) changes.push(...repaired.report.changes);
  }
  return { changes, snapshotId: null };
}
