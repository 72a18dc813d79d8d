import { useSignal } from '@preact/signals';
import type { UndoReport } from '../../core/contract';
import { useSidebar } from '../sidebarStore';

export interface UndoLastProps {
  snapshotId: string;
  /** Called once the undo ran (whatever it kept). */
  onUndone(report: UndoReport): void;
}

/**
 * Undoes one restore point. When rows it added were edited since, the server changes nothing
 * and names them: the person then chooses to remove them too or keep them.
 */
export function UndoLast({ snapshotId, onUndone }: UndoLastProps) {
  const store = useSidebar();
  const { language, t } = store;
  const question = useSignal<UndoReport | null>(null);
  const done = useSignal<UndoReport | null>(null);

  async function undo(removeEdited?: boolean) {
    const report = await store.run((server) => server.restoreSnapshot(snapshotId, removeEdited));
    if (!report) return;
    if (report.asked) {
      question.value = report;
      return;
    }
    question.value = null;
    done.value = report;
    store.changed();
    onUndone(report);
  }

  if (done.value) {
    return (
      <div data-testid="undo-done">
        <strong>{t('undoDone')}</strong>
        <ul class="lines">
          {done.value.changes.map((change, index) => (
            <li key={`${change.code}-${index}`}>{change.message[language.value]}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (question.value) {
    return (
      <div class="notice notice-warn" role="alertdialog" data-testid="undo-question">
        <p>{t('undoAsk', { count: question.value.editedSince.length })}</p>
        <ul class="lines">
          {question.value.editedSince.map((ref) => (
            <li key={`${ref.tab}-${ref.id}`}>
              {t(`tab_${ref.tab}`)}: {ref.name || t('recordNoName')}
            </li>
          ))}
        </ul>
        <div class="row">
          <button
            type="button"
            onClick={() => undo(true)}
            disabled={store.busy.value}
            data-testid="undo-remove-edited"
          >
            {t('undoRemoveEdited')}
          </button>
          <button
            type="button"
            class="primary"
            onClick={() => undo(false)}
            disabled={store.busy.value}
            data-testid="undo-keep-edited"
          >
            {t('undoKeepEdited')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <button
      type="button"
      onClick={() => undo()}
      disabled={store.busy.value}
      data-testid={`undo-${snapshotId}`}
    >
      {t('recordUndo')}
    </button>
  );
}
