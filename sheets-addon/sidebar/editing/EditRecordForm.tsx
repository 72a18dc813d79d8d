import { useSignal } from '@preact/signals';
import { dateText } from '../../../shared/i18n/dateText';
import type { Language } from '../../../shared/i18n/language';
import type { Reason } from '../../../shared/i18n/reason';
import type { Row } from '../../../shared/register/register';
import type { ColumnDef } from '../../../shared/schema/columns';
import type { DataTabKey } from '../../../shared/schema/tabs';
import { FormField } from '../components/FormField';
import { FormOutcome } from '../components/FormOutcome';
import { useSidebar } from '../sidebarStore';
import { editColumns } from './editColumns';

export interface EditRecordFormProps {
  tab: DataTabKey;
  id: string;
  /** The record as the register holds it (choices as keys). */
  record: Row;
  /** Called after a save that changed something, with the restore point it kept. */
  onSaved(snapshotId: string | null): void;
}

/** A value as the form shows it: dates as a person writes them (`15 มิ.ย. 2568`), the rest as text. */
function asText(column: ColumnDef, cell: Row[string] | undefined, language: Language): string {
  const text = cell === null || cell === undefined ? '' : String(cell);
  return column.type === 'date' ? dateText(text, language) : text;
}

/** The add form's fields, filled with a record's values; saving sends only what changed, validated by the server. */
export function EditRecordForm({ tab, id, record, onSaved }: EditRecordFormProps) {
  const store = useSidebar();
  const { language, t } = store;
  const columns = editColumns(tab);
  const values = useSignal<Record<string, string>>(
    Object.fromEntries(
      columns.map((column) => [column.key, asText(column, record[column.key], language.value)]),
    ),
  );
  const problems = useSignal<Record<string, Reason>>({});
  const saved = useSignal<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    saved.value = null;
    const changed: Row = {};
    for (const column of columns) {
      const text = (values.value[column.key] ?? '').trim();
      if (text !== asText(column, record[column.key], language.value).trim()) changed[column.key] = text;
    }
    if (Object.keys(changed).length === 0) {
      saved.value = t('recordUnchanged');
      return;
    }
    const result = await store.run((server) => server.updateRecord(tab, id, changed));
    if (!result) return;
    if (!result.ok) {
      problems.value = Object.fromEntries(result.problems.map((p) => [p.column, p.reason]));
      return;
    }
    problems.value = {};
    store.changed();
    onSaved(result.snapshotId ?? null);
  }

  return (
    <form class="record-form" data-testid="edit-form" onSubmit={submit} noValidate>
      {columns.map((column) => {
        const problem = problems.value[column.key];
        return (
          <FormField
            key={column.key}
            inputId={`edit-${column.key}`}
            column={column}
            value={values.value[column.key] ?? ''}
            problem={problem}
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
      <FormOutcome problems={problems.value} saved={saved.value} savedTestId="edit-saved" />
      <button type="submit" class="primary" disabled={store.busy.value} data-testid="edit-save">
        {t('save')}
      </button>
    </form>
  );
}
