import { dateText } from '../../../shared/i18n/dateText';
import { normaliseDate } from '../../../shared/normalise/date';
import type { ColumnDef } from '../../../shared/schema/columns';
import { enumValues, LIST_ENUMS } from '../../../shared/schema/enums';
import { useSidebar } from '../sidebarStore';
import { ChoiceList } from './ChoiceList';
import { PartnerPicker } from './PartnerPicker';

export interface FieldInputProps {
  /** Unique within the page: the form's kind and the column key. */
  inputId: string;
  column: ColumnDef;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  invalid: boolean;
  describedBy?: string;
}

/** The input that fits a column's type: a dropdown of labels, tick boxes for a list of them, a partner picker, a text area, or a text box. */
export function FieldInput({
  inputId,
  column,
  value,
  onChange,
  onBlur,
  invalid,
  describedBy,
}: FieldInputProps) {
  const { language, t } = useSidebar();
  const common = {
    id: inputId,
    name: column.key,
    'data-testid': `field-${column.key}`,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    'aria-required': column.required ? ('true' as const) : undefined,
    onBlur,
  };
  if (column.type === 'enum' && column.enum && LIST_ENUMS.has(column.enum)) {
    return (
      <ChoiceList
        inputId={inputId}
        name={column.key}
        choices={column.enum}
        value={value}
        onChange={onChange}
        invalid={invalid}
        describedBy={describedBy}
      />
    );
  }
  if (column.type === 'enum' && column.enum) {
    return (
      <select {...common} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{t('chooseOne')}</option>
        {enumValues(column.enum).map((choice) => (
          <option key={choice.key} value={choice.key}>
            {choice[language.value]}
          </option>
        ))}
      </select>
    );
  }
  if (column.type === 'partner_ref' || column.type === 'partner_refs') {
    return (
      <PartnerPicker
        inputId={inputId}
        value={value}
        multiple={column.type === 'partner_refs'}
        onChange={onChange}
        invalid={invalid}
        describedBy={describedBy}
      />
    );
  }
  if (column.type === 'longtext') {
    return (
      <textarea {...common} rows={3} value={value} onInput={(event) => onChange(event.currentTarget.value)} />
    );
  }
  const inputMode =
    column.type === 'email'
      ? 'email'
      : column.type === 'phone'
        ? 'tel'
        : column.type === 'url'
          ? 'url'
          : column.type === 'integer' || column.type === 'number' || column.type === 'money'
            ? 'numeric'
            : undefined;
  const input = (
    <input
      {...common}
      type="text"
      inputMode={inputMode}
      placeholder={column.type === 'date' ? t('dateHint') : undefined}
      value={value}
      onInput={(event) => onChange(event.currentTarget.value)}
    />
  );
  if (column.type !== 'date') return input;
  // What the register will store, read back as a person writes it: the person sees the date was understood.
  const understood = value.trim() === '' ? null : normaliseDate(value);
  return (
    <>
      {input}
      {understood?.ok && (
        <p class="muted small" data-testid={`understood-${column.key}`}>
          {t('dateUnderstood', { date: dateText(understood.value, language.value) })}
        </p>
      )}
    </>
  );
}
