import type { DataTabKey } from '../../../shared/schema/tabs';
import { useSidebar } from '../sidebarStore';

export interface RowOpenProps {
  tab: DataTabKey;
  id: string;
}

/** A row's id in the local tab view, as a button that opens the record in the sidebar for editing. */
export function RowOpen({ tab, id }: RowOpenProps) {
  const store = useSidebar();
  return (
    <button
      type="button"
      class="link row-open"
      data-testid={`row-open-${id}`}
      aria-label={store.t('recordEditTitle', { kind: store.t(`tab_${tab}`), id })}
      onClick={() => (store.openRecord.value = { tab, id })}
    >
      {id}
    </button>
  );
}
