import { useSignal } from '@preact/signals';
import { decodeCsvBytes } from '../../../shared/csv/decodeCsvBytes';
import type { DataTabKey } from '../../../shared/schema/tabs';
import { tabDef } from '../../../shared/schema/tabs';
import type { ImportOutcome, ImportPreview } from '../../core/contract';
import { TabSelect } from '../components/TabSelect';
import { useSidebar } from '../sidebarStore';

export type ImportViewProps = Record<string, never>;

/** CSV import: choose a file (decoded here, whatever its encoding) → preview → confirm → undo offered. */
export function ImportView(_props: ImportViewProps) {
  const store = useSidebar();
  const { language, t } = store;
  const tab = useSignal<DataTabKey>('partners');
  const text = useSignal<string | null>(null);
  const encoding = useSignal('');
  const preview = useSignal<ImportPreview | null>(null);
  const outcome = useSignal<ImportOutcome | null>(null);
  const restored = useSignal(false);

  async function runPreview() {
    if (text.value === null) return;
    preview.value = (await store.run((server) => server.previewImport(tab.value, text.value!))) ?? null;
  }

  async function choose(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    outcome.value = null;
    restored.value = false;
    if (!file) return;
    const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    text.value = decoded.text;
    encoding.value = decoded.encoding;
    await runPreview();
  }

  async function confirm() {
    if (text.value === null) return;
    const done = await store.run((server) => server.confirmImport(tab.value, text.value!));
    if (!done) return;
    outcome.value = done;
    preview.value = null;
    store.changed();
  }

  async function undo(snapshotId: string) {
    const done = await store.run((server) => server.restoreSnapshot(snapshotId));
    if (!done) return;
    restored.value = true;
    store.changed();
  }

  const columnLabel = (key: string) =>
    tabDef(tab.value).columns.find((column) => column.key === key)?.label[language.value] ?? key;
  const shown = preview.value;
  return (
    <section data-testid="import">
      <div class="field">
        <label for="import-tab">{t('importTab')}</label>
        <TabSelect
          selectId="import-tab"
          value={tab.value}
          onChange={(next) => {
            tab.value = next;
            runPreview();
          }}
        />
      </div>
      <div class="field">
        <label for="import-file">{t('importFile')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          data-testid="import-file"
          onChange={choose}
        />
      </div>
      {shown && (
        <div data-testid="import-preview">
          <p class="muted">{t('importEncoding', { encoding: encoding.value })}</p>
          <p>
            {t('importSummary', {
              accepted: shown.accepted,
              matched: shown.matched.length,
              rejected: shown.rejected.length,
              limit: shown.rowLimit,
            })}
          </p>
          <h3>{t('importMapping')}</h3>
          <table class="mapping">
            <thead>
              <tr>
                <th scope="col">{t('importHeader')}</th>
                <th scope="col">{t('importColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.mapping.map((pair) => (
                <tr key={pair.header}>
                  <td>{pair.header}</td>
                  <td class={pair.column ? '' : 'muted'}>
                    {pair.column ? columnLabel(pair.column) : t('importIgnored')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.matched.length > 0 && (
            <>
              <h3>{t('importMatched')}</h3>
              <ul class="lines">
                {shown.matched.map((row) => (
                  <li key={row.line}>
                    {t('importLine', { line: row.line })}: {row.id} — {row.reason.message[language.value]}
                  </li>
                ))}
              </ul>
            </>
          )}
          {shown.rejected.length > 0 && (
            <>
              <h3>{t('importRejected')}</h3>
              <ul class="lines" data-testid="import-rejected">
                {shown.rejected.map((row) => (
                  <li key={row.line}>
                    {t('importLine', { line: row.line })}: {row.reason.message[language.value]}
                  </li>
                ))}
              </ul>
            </>
          )}
          <button
            type="button"
            class="primary"
            disabled={store.busy.value}
            onClick={confirm}
            data-testid="import-confirm"
          >
            {t('importConfirm')}
          </button>
        </div>
      )}
      {outcome.value && (
        <div class="notice notice-ok" role="status" data-testid="import-done">
          <p>{t('importDone', { added: outcome.value.added.length })}</p>
          {outcome.value.snapshotId && !restored.value && (
            <button type="button" onClick={() => undo(outcome.value!.snapshotId!)} data-testid="import-undo">
              {t('undo')}
            </button>
          )}
          {restored.value && <p>{t('restored')}</p>}
        </div>
      )}
    </section>
  );
}
