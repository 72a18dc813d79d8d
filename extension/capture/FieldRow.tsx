import type { Language } from '../../shared/i18n/language';
import type { EnumValue } from '../../shared/schema/enums';
import type { FieldState } from './captureForm';

export interface FieldRowProps {
  /** `tab-key`, for labels and test hooks. */
  id: string;
  label: string;
  field: FieldState;
  /** "from" in the reader's language. */
  fromLabel: string;
  language: Language;
  multiline?: boolean;
  type?: 'text' | 'date';
  choices?: readonly EnumValue[];
  /** The choices are tick boxes, any number of them (keys joined by commas). */
  several?: boolean;
  onInput(value: string): void;
}

/** One editable field with, under it, where its value came from (page text is shown as text only). */
export function FieldRow({
  id,
  label,
  field,
  fromLabel,
  language,
  multiline,
  type = 'text',
  choices,
  several,
  onInput,
}: FieldRowProps) {
  const input = (event: Event) => onInput((event.currentTarget as HTMLInputElement).value);
  if (choices && several) {
    const chosen = new Set(field.value.split(',').filter((key) => key !== ''));
    const toggle = (key: string, on: boolean) => {
      if (on) chosen.add(key);
      else chosen.delete(key);
      onInput(
        choices
          .map((choice) => choice.key)
          .filter((candidate) => chosen.has(candidate))
          .join(','),
      );
    };
    return (
      <fieldset class="field choices" id={id} data-testid={`field-${id}`}>
        <legend>{label}</legend>
        {choices.map((choice) => (
          <label key={choice.key} class="choice">
            <input
              type="checkbox"
              value={choice.key}
              checked={chosen.has(choice.key)}
              onChange={(event) => toggle(choice.key, event.currentTarget.checked)}
            />
            <span>{choice[language]}</span>
          </label>
        ))}
      </fieldset>
    );
  }
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {choices ? (
        <select id={id} data-testid={`field-${id}`} value={field.value} onChange={input}>
          <option value="">—</option>
          {choices.map((choice) => (
            <option key={choice.key} value={choice.key}>
              {choice[language]}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea id={id} data-testid={`field-${id}`} rows={3} value={field.value} onInput={input} />
      ) : type === 'date' ? (
        <input id={id} data-testid={`field-${id}`} type="date" value={field.value} onInput={input} />
      ) : (
        <input id={id} data-testid={`field-${id}`} type="text" value={field.value} onInput={input} />
      )}
      {field.source !== '' && (
        <small class="source" data-testid={`source-${id}`}>
          {fromLabel} {field.source}
        </small>
      )}
    </div>
  );
}
