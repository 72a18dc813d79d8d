import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { SnapshotInfo, UndoReport } from '../../core/contract';
import { restorePointName } from '../restorePointName';
import { useSidebar } from '../sidebarStore';
import { UndoLast } from './UndoLast';

export type RestorePointsProps = Record<string, never>;

/** The restore points kept before imports, repairs, language switches, edits and deletes, each undone exactly. */
export function RestorePoints(_props: RestorePointsProps) {
  const store = useSidebar();
  const { language, t } = store;
  const points = useSignal<SnapshotInfo[] | null>(null);
  const undone = useSignal<UndoReport | null>(null);

  async function load() {
    const found = await store.run((server) => server.listSnapshots());
    if (found) points.value = found;
  }
  useEffect(() => {
    load();
  }, [store.registerVersion.value]);

  return (
    <>
      <h3>{t('snapshots')}</h3>
      {undone.value && (
        <div class="notice notice-ok" role="status" data-testid="restore-done">
          <strong>{t('undoDone')}</strong>
          <ul class="lines">
            {undone.value.changes.map((change, index) => (
              <li key={`${change.code}-${index}`}>{change.message[language.value]}</li>
            ))}
          </ul>
        </div>
      )}
      {points.value && points.value.length === 0 && <p class="muted">{t('snapshotsNone')}</p>}
      {points.value && points.value.length > 0 && (
        <ul class="snapshots" data-testid="snapshots">
          {points.value.map((point) => (
            <li key={point.id} data-testid={`snapshot-${point.id}`}>
              <span>{restorePointName(point, language.value)}</span>
              <UndoLast snapshotId={point.id} onUndone={(report) => (undone.value = report)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
