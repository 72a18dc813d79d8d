import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { DataTabKey } from '../../../shared/schema/tabs';
import type { RecordReferences, RepairReport } from '../../core/contract';
import { PartnerPicker } from '../components/PartnerPicker';
import { useSidebar } from '../sidebarStore';

export interface DeleteConfirmProps {
  tab: DataTabKey;
  id: string;
  onDeleted(report: RepairReport): void;
  onCancel(): void;
}

/**
 * Asks before deleting a record, listing every row that refers to it; a partner's rows can be
 * deleted with it or moved to another partner, so nothing is left pointing at a missing id.
 */
export function DeleteConfirm({ tab, id, onDeleted, onCancel }: DeleteConfirmProps) {
  const store = useSidebar();
  const { language, t } = store;
  const references = useSignal<RecordReferences | null>(null);
  const dependents = useSignal<'delete' | 'reassign'>('delete');
  const target = useSignal('');

  useEffect(() => {
    store
      .run((server) => server.recordReferences(tab, id))
      .then((found) => {
        if (found) references.value = found;
      });
  }, [tab, id]);

  async function remove() {
    const plan =
      dependents.value === 'reassign'
        ? { dependents: 'reassign' as const, reassignTo: target.value }
        : { dependents: 'delete' as const };
    const report = await store.run((server) => server.deleteRecord(tab, id, plan));
    if (!report) return;
    store.changed();
    onDeleted(report);
  }

  const found = references.value;
  if (!found) return <p class="muted">{t('loading')}</p>;
  const referrers = found.referrers;
  const canReassign = tab === 'partners' && referrers.length > 0;
  return (
    <div class="notice notice-warn" role="alertdialog" data-testid="delete-confirm">
      <strong>{t('deleteTitle', { name: found.record.name || t('recordNoName') })}</strong>
      {referrers.length === 0 ? (
        <p>{t('deleteNoReferrers')}</p>
      ) : (
        <>
          <p>{t('deleteReferrers', { count: referrers.length })}</p>
          <ul class="lines" data-testid="delete-referrers">
            {referrers.map((ref) => (
              <li key={`${ref.tab}-${ref.id}-${ref.column}`}>
                {t(`tab_${ref.tab}`)}: {ref.name || t('recordNoName')}
                {ref.shared && <span class="muted"> {t('deleteShared')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {tab === 'activities' && referrers.length > 0 && <p>{t('deleteActivityLinks')}</p>}
      {canReassign && (
        <fieldset class="choices">
          <label>
            <input
              type="radio"
              name="dependents"
              checked={dependents.value === 'delete'}
              data-testid="delete-dependents"
              onChange={() => (dependents.value = 'delete')}
            />{' '}
            {t('deleteDependents')}
          </label>
          <label>
            <input
              type="radio"
              name="dependents"
              checked={dependents.value === 'reassign'}
              data-testid="delete-reassign"
              onChange={() => (dependents.value = 'reassign')}
            />{' '}
            {t('deleteReassign')}
          </label>
          {dependents.value === 'reassign' && (
            <PartnerPicker
              inputId="reassign-to"
              value={target.value}
              multiple={false}
              onChange={(value) => (target.value = value)}
              invalid={false}
            />
          )}
        </fieldset>
      )}
      <p class="muted">{t('deleteUndoable')}</p>
      <div class="row">
        <button
          type="button"
          class="primary danger"
          onClick={remove}
          disabled={store.busy.value || (dependents.value === 'reassign' && target.value === '')}
          data-testid="delete-yes"
          lang={language.value}
        >
          {t('deleteConfirm')}
        </button>
        <button type="button" onClick={onCancel} data-testid="delete-no">
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
