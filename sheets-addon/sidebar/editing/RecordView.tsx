import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { recordName } from '../../../shared/register/recordName';
import type { Row } from '../../../shared/register/register';
import type { RepairReport } from '../../core/contract';
import { type OpenRecord, useSidebar } from '../sidebarStore';
import { DeleteConfirm } from './DeleteConfirm';
import { EditRecordForm } from './EditRecordForm';
import { UndoLast } from './UndoLast';

export interface RecordViewProps {
  open: OpenRecord;
}

/** One record opened from search or the tab view: edited in the add form's fields, or deleted after a confirmation. */
export function RecordView({ open }: RecordViewProps) {
  const store = useSidebar();
  const { language, t } = store;
  const record = useSignal<Row | null>(null);
  const deleting = useSignal(false);
  const deleted = useSignal<RepairReport | null>(null);
  const lastSnapshot = useSignal<string | null>(null);

  async function load() {
    const found = await store.run((server) => server.getRecord(open.tab, open.id));
    if (found) record.value = found;
  }
  useEffect(() => {
    load();
  }, [open.tab, open.id]);

  async function saved(snapshotId: string | null) {
    // Reloaded first, so the notice names the record as it is now.
    await load();
    lastSnapshot.value = snapshotId;
  }

  const name = record.value ? recordName(record.value) : '';
  const back = (
    <button
      type="button"
      class="link"
      data-testid="record-back"
      onClick={() => (store.openRecord.value = null)}
    >
      {t('recordBack')}
    </button>
  );
  if (deleted.value) {
    return (
      <section data-testid="record">
        {back}
        <div class="notice notice-ok" role="status" data-testid="delete-done">
          <strong>{t('deleteDone')}</strong>
          <ul class="lines">
            {deleted.value.changes.map((change, index) => (
              <li key={`${change.code}-${index}`}>{change.message[language.value]}</li>
            ))}
          </ul>
          {deleted.value.snapshotId && (
            <UndoLast snapshotId={deleted.value.snapshotId} onUndone={() => (deleted.value = null)} />
          )}
        </div>
      </section>
    );
  }
  return (
    <section data-testid="record">
      {back}
      <h2>
        {name
          ? t('recordEditTitle', { kind: t(`tab_${open.tab}`), name })
          : t('recordEditTitleNoName', { kind: t(`tab_${open.tab}`) })}
      </h2>
      {lastSnapshot.value && (
        <div class="notice notice-ok" role="status" data-testid="edit-saved">
          {t('recordSaved', { name: name || t('recordNoName') })}
          <UndoLast snapshotId={lastSnapshot.value} onUndone={() => load()} />
        </div>
      )}
      {record.value && (
        <EditRecordForm
          key={JSON.stringify(record.value)}
          tab={open.tab}
          id={open.id}
          record={record.value}
          onSaved={saved}
        />
      )}
      {deleting.value ? (
        <DeleteConfirm
          tab={open.tab}
          id={open.id}
          onDeleted={(report) => {
            deleting.value = false;
            deleted.value = report;
          }}
          onCancel={() => (deleting.value = false)}
        />
      ) : (
        <button
          type="button"
          class="danger-link"
          data-testid="record-delete"
          onClick={() => (deleting.value = true)}
        >
          {t('recordDelete')}
        </button>
      )}
    </section>
  );
}
