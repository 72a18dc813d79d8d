import { useSignal } from '@preact/signals';
import { decodeCsvBytes } from '../../../shared/csv/decodeCsvBytes';
import type { DuplicateDecision, ImportChoices } from '../../../shared/csv/importChoices';
import type { DataTabKey } from '../../../shared/schema/tabs';
import { tabDef } from '../../../shared/schema/tabs';
import type { AdoptableSheet, ImportOutcome, ImportPreview, ImportRequest } from '../../core/contract';
import { ImportColumnStep } from '../components/ImportColumnStep';
import { ImportDuplicateStep } from '../components/ImportDuplicateStep';
import { ImportValueStep } from '../components/ImportValueStep';
import { TabSelect } from '../components/TabSelect';
import { useSidebar } from '../sidebarStore';

export type ImportViewProps = Record<string, never>;

type SourceKind = 'file' | 'sheet';

/**
 * The import wizard: a CSV file (decoded here, whatever its encoding) or a tab of this
 * spreadsheet to adopt → header line, columns, near-miss choices and duplicates, each answered
 * in place with the preview redone → confirm (disabled while nothing would be imported) → undo.
 */
export function ImportView(_props: ImportViewProps) {
  const store = useSidebar();
  const { language, t } = store;
  const tab = useSignal<DataTabKey>('partners');
  const kind = useSignal<SourceKind>('file');
  const text = useSignal<string | null>(null);
  const sheet = useSignal<string | null>(null);
  const sheets = useSignal<AdoptableSheet[] | null>(null);
  const encoding = useSignal('');
  const choices = useSignal<ImportChoices>({});
  const preview = useSignal<ImportPreview | null>(null);
  const outcome = useSignal<ImportOutcome | null>(null);
  const restored = useSignal(false);

  function request(): ImportRequest | null {
    if (kind.value === 'file' && text.value !== null)
      return { tab: tab.value, source: { csv: text.value }, choices: choices.value };
    if (kind.value === 'sheet' && sheet.value !== null)
      return { tab: tab.value, source: { sheet: sheet.value }, choices: choices.value };
    return null;
  }

  async function runPreview() {
    const asked = request();
    if (!asked) {
      preview.value = null;
      return;
    }
    preview.value = (await store.run((server) => server.previewImport(asked))) ?? null;
  }

  function choose(next: ImportChoices) {
    choices.value = next;
    runPreview();
  }

  function restart() {
    outcome.value = null;
    restored.value = false;
    choices.value = {};
  }

  async function chooseFile(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    restart();
    if (!file) return;
    const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    text.value = decoded.text;
    encoding.value = decoded.encoding;
    await runPreview();
  }

  async function chooseKind(next: SourceKind) {
    kind.value = next;
    restart();
    if (next === 'sheet' && sheets.value === null)
      sheets.value = (await store.run((server) => server.listAdoptableSheets())) ?? [];
    await runPreview();
  }

  async function confirm() {
    const asked = request();
    if (!asked) return;
    const done = await store.run((server) => server.confirmImport(asked));
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

  const shown = preview.value;
  const nothing = !shown || shown.fatal !== null || shown.accepted + shown.updated === 0;
  return (
    <section data-testid="import">
      <div class="field">
        <label for="import-tab">{t('importTab')}</label>
        <TabSelect
          selectId="import-tab"
          value={tab.value}
          onChange={(next) => {
            tab.value = next;
            choose({});
          }}
        />
      </div>
      <div class="field">
        <label for="import-source">{t('importSource')}</label>
        <select
          id="import-source"
          data-testid="import-source"
          value={kind.value}
          onChange={(event) => chooseKind(event.currentTarget.value as SourceKind)}
        >
          <option value="file">{t('importFromFile')}</option>
          <option value="sheet">{t('importFromSheet')}</option>
        </select>
      </div>
      {kind.value === 'file' ? (
        <div class="field">
          <label for="import-file">{t('importFile')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            data-testid="import-file"
            onChange={chooseFile}
          />
        </div>
      ) : (
        <div class="field">
          <label for="import-sheet">{t('importSheet')}</label>
          {sheets.value && sheets.value.length === 0 ? (
            <p class="muted">{t('importSheetNone')}</p>
          ) : (
            <select
              id="import-sheet"
              data-testid="import-sheet"
              value={sheet.value ?? ''}
              onChange={(event) => {
                sheet.value = event.currentTarget.value || null;
                choose({});
              }}
            >
              <option value="" />
              {(sheets.value ?? []).map((candidate) => (
                <option key={candidate.name} value={candidate.name}>
                  {t('importSheetRows', { name: candidate.name, rows: candidate.rows })}
                </option>
              ))}
            </select>
          )}
          <p class="muted small">{t('importAdoptNote', { tab: tabDef(tab.value).label[language.value] })}</p>
        </div>
      )}
      {shown && (
        <div data-testid="import-preview">
          {kind.value === 'file' && (
            <p class="muted small">{t('importEncoding', { encoding: encoding.value })}</p>
          )}
          {shown.fatal && (
            <div class="notice notice-error" role="alert" data-testid="import-fatal">
              {shown.fatal.message[language.value]}
            </div>
          )}
          <div class="field">
            <label for="import-header-line">{t('importHeaderLine')}</label>
            <input
              id="import-header-line"
              type="number"
              min={1}
              inputMode="numeric"
              data-testid="import-header-line"
              value={shown.headerLine}
              onChange={(event) => {
                const line = Number(event.currentTarget.value);
                if (Number.isInteger(line) && line >= 1) choose({ headerLine: line });
              }}
            />
          </div>
          <ImportColumnStep
            tab={tab.value}
            mapping={shown.mapping}
            choosable={shown.columnsChoosable}
            onChoose={(index, column) =>
              choose({ ...choices.value, columns: { ...choices.value.columns, [String(index)]: column } })
            }
          />
          <ImportValueStep
            tab={tab.value}
            questions={shown.values}
            onChoose={(column, text, key) =>
              choose({
                ...choices.value,
                values: {
                  ...choices.value.values,
                  [column]: { ...choices.value.values?.[column], [text]: key },
                },
              })
            }
          />
          <ImportDuplicateStep
            matched={shown.matched}
            onDecide={(line: number, decision: DuplicateDecision) =>
              choose({
                ...choices.value,
                duplicates: { ...choices.value.duplicates, [String(line)]: decision },
              })
            }
          />
          <h3>{t('importStepResult')}</h3>
          {shown.rejected.length > 0 && (
            <>
              <p>{t('importRejected')}</p>
              <ul class="lines" data-testid="import-rejected">
                {shown.rejected.map((row) => (
                  <li key={row.line}>
                    {t('importLine', { line: row.line })}: {row.reason.message[language.value]}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p data-testid="import-summary">
            {t('importWillDo', {
              accepted: shown.accepted.toLocaleString(language.value === 'th' ? 'th-TH' : 'en-GB'),
              updated: shown.updated,
              rejected: shown.rejected.length,
            })}
          </p>
          <p class="muted small">{t('importLimit', { limit: shown.rowLimit.toLocaleString('en-US') })}</p>
          {nothing && !shown.fatal && <p class="muted">{t('importNothing')}</p>}
          <button
            type="button"
            class="primary"
            disabled={store.busy.value || nothing}
            onClick={confirm}
            data-testid="import-confirm"
          >
            {t('importConfirm')}
          </button>
        </div>
      )}
      {outcome.value && (
        <div class="notice notice-ok" role="status" data-testid="import-done">
          <p>
            {t('importDoneUpdated', {
              added: outcome.value.added.length,
              updated: outcome.value.updated.length,
            })}
          </p>
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
