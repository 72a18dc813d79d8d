import type { Reason } from '../../../shared/i18n/reason';
import type { ColumnDef } from '../../../shared/schema/columns';
import { useSidebar } from '../sidebarStore';
import { FieldInput } from './FieldInput';

export interface FormFieldProps {
  /** Unique within the page: the form's kind and the column key. */
  inputId: string;
  column: ColumnDef;
  value: string;
  /** The server's reason this field is refused, shown under it. */
  problem?: Reason;
  onChange(value: string): void;
  onBlur?(): void;
}

/** One field of a record form (adding or editing): its label, the input that fits the column, the problem under it. */
export function FormField({ inputId, column, value, problem, onChange, onBlur }: FormFieldProps) {
  const { language, t } = useSidebar();
  return (
    <div class={problem ? 'field field-invalid' : 'field'}>
      <label for={inputId}>
        {column.label[language.value]}
        {column.required && <span class="required"> ({t('required')})</span>}
      </label>
      <FieldInput
        inputId={inputId}
        column={column}
        value={value}
        invalid={problem !== undefined}
        describedBy={problem ? `${inputId}-problem` : undefined}
        onBlur={onBlur}
        onChange={onChange}
      />
      {problem && (
        <p class="field-problem" id={`${inputId}-problem`} data-testid={`problem-${column.key}`}>
          {problem.message[language.value]}
        </p>
      )}
    </div>
  );
}
