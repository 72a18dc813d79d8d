import type { ContactSummary, RepairReport } from '../../core/contract';
import { useSidebar } from '../sidebarStore';

export interface RemovePersonConfirmProps {
  contact: ContactSummary;
  /** Called with the server's report once the person is erased. */
  onRemoved(report: RepairReport): void;
  onCancel(): void;
}

/** Asks before the PDPA erasure of one person: says what goes, everywhere, and that it cannot be undone. */
export function RemovePersonConfirm({ contact, onRemoved, onCancel }: RemovePersonConfirmProps) {
  const store = useSidebar();
  const { t } = store;

  async function remove() {
    const report = await store.run((server) => server.removePerson(contact.id));
    if (!report) return;
    store.changed();
    onRemoved(report);
  }

  return (
    <div class="notice notice-warn" role="alertdialog" data-testid="remove-person-confirm">
      <strong>{t('removePersonTitle', { name: contact.name })}</strong>
      <p>{t('removePersonExplain')}</p>
      <div class="row">
        <button
          type="button"
          class="primary"
          onClick={remove}
          disabled={store.busy.value}
          data-testid="remove-person-yes"
        >
          {t('removePersonConfirm')}
        </button>
        <button type="button" onClick={onCancel} data-testid="remove-person-no">
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
