import { useSignal } from '@preact/signals';
import type { DataTabKey } from '../../../shared/schema/tabs';
import { TabSelect } from '../components/TabSelect';
import { useSidebar } from '../sidebarStore';

export type ExportViewProps = Record<string, never>;

/** Downloads one tab as CSV (UTF-8 with BOM, so Excel reads Thai), headers in the reader's language. */
export function ExportView(_props: ExportViewProps) {
  const store = useSidebar();
  const { t } = store;
  const tab = useSignal<DataTabKey>('partners');
  const ready = useSignal<string | null>(null);

  async function download() {
    const file = await store.run((server) => server.exportCsv(tab.value, store.language.value));
    if (!file) return;
    // A data URL rather than a blob URL: the Sheets sidebar's sandboxed frame may not open blob URLs.
    const link = document.createElement('a');
    link.href = `data:text/csv;charset=utf-8,${encodeURIComponent(file.text)}`;
    link.download = file.filename;
    document.body.append(link);
    link.click();
    link.remove();
    ready.value = file.filename;
  }

  return (
    <section data-testid="export">
      <div class="field">
        <label for="export-tab">{t('exportTab')}</label>
        <TabSelect selectId="export-tab" value={tab.value} onChange={(next) => (tab.value = next)} />
      </div>
      <button
        type="button"
        class="primary"
        onClick={download}
        disabled={store.busy.value}
        data-testid="export-download"
      >
        {t('exportDownload')}
      </button>
      {ready.value && (
        <p class="notice notice-ok" role="status">
          {t('exportReady', { filename: ready.value })}
        </p>
      )}
    </section>
  );
}
