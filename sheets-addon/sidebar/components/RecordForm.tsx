import { useSignal } from '@preact/signals';
import type { Reason } from '../../../shared/i18n/reason';
import { recordName } from '../../../shared/register/recordName';
import type { Row } from '../../../shared/register/register';
import type { DuplicateWarning, RecordKind } from '../../core/contract';
import { DUPLICATE_KEYS, formColumns } from '../recordFields';
import { useSidebar } from '../sidebarStore';
import { DuplicateNotice } from './DuplicateNotice';
import { FormField } from './FormField';
import { FormOutcome } from './FormOutcome';

export interface RecordFormProps {
  kind: RecordKind;
}

/** Adds one partner, contact or activity; the server's problems appear under their fields. */
export function RecordForm({ kind }: RecordFormProps) {
  const store = useSidebar();
  const { t } = store;
  const values = useSignal<Record<string, string>>({});
  const problems = useSignal<Record<string, Reason>>({});
  const duplicate = useSignal<DuplicateWarning | null>(null);
  const saved = useSignal<string | null>(null);
  const columns = formColumns(kind);

  function fields(): Row {
    const row: Row = {};
    for (const [key, text] of Object.entries(values.value)) if (text.trim() !== '') row[key] = text.trim();
    return row;
  }

  async function checkDuplicate() {
    if (kind !== 'partner') return;
    const row = fields();
    if (!DUPLICATE_KEYS.some((key) => row[key] !== undefined)) {
      duplicate.value = null;
      return;
    }
    duplicate.value = (await store.client.checkDuplicate(row).catch(() => null)) ?? null;
  }

  async function submit(event: Event) {
    event.preventDefault();
    saved.value = null;
    const sent = fields();
    const result = await store.run((server) => server.addRecord(kind, sent));
    if (!result) return;
    if (!result.ok) {
      problems.value = Object.fromEntries(result.problems.map((p) => [p.column, p.reason]));
      return;
    }
    problems.value = {};
    duplicate.value = null;
    values.value = {};
    const name = recordName(sent);
    const shown = name === '' ? t('recordNoName') : `“${name}”`;
    saved.value = result.matched
      ? t('addedMatched', { name: shown, match: result.matched.name })
      : t('added', { name: shown });
    store.changed();
  }

  return (
    <form class="record-form" data-testid={`form-${kind}`} onSubmit={submit} noValidate>
      {columns.map((column) => {
        const problem = problems.value[column.key];
        return (
          <FormField
            key={column.key}
            inputId={`${kind}-${column.key}`}
            column={column}
            value={values.value[column.key] ?? ''}
            problem={problem}
            onBlur={DUPLICATE_KEYS.includes(column.key) ? checkDuplicate : undefined}
            onChange={(text) => {
              values.value = { ...values.value, [column.key]: text };
              if (problem) {
                const { [column.key]: _, ...rest } = problems.value;
                problems.value = rest;
              }
            }}
          />
        );
      })}
      {duplicate.value && <DuplicateNotice warning={duplicate.value} />}
      <FormOutcome problems={problems.value} saved={saved.value} savedTestId="saved" />
      <button type="submit" class="primary" disabled={store.busy.value} data-testid="save">
        {duplicate.value ? t('saveAnyway') : t('save')}
      </button>
    </form>
  );
}
