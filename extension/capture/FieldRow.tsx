import type { Language } from '../../shared/i18n/language';
import type { EnumValue } from '../../shared/schema/enums';
import { fill, MESSAGES } from '../i18n/messages';
import { type FieldState, understoodDate } from './captureForm';
import { sourceInWords } from './sourceWords';

export interface FieldRowProps {
  /** `tab-key`, for labels and test hooks. */
  id: string;
  label: string;
  field: FieldState;
  language: Language;
  multiline?: boolean;
  /** A date is typed as people write it (BE or CE, Thai digits, month names) and shown as understood. */
  type?: 'text' | 'date';
  choices?: readonly EnumValue[];
  /** The choices are tick boxes, any number of them (keys joined by commas). */
  several?: boolean;
  onInput(value: string): void;
  /** Takes one of the other values offered instead of the one shown. */
  onChoose?(value: string): void;
  /** What the other values are, when not simply more of the same (other organisations on the page). */
  choicesLabel?: string;
}

const LONG_DATE: Record<Language, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** An ISO day as a person reads it: "12 พฤศจิกายน 2568" (Buddhist Era in Thai), "12 November 2025". */
export function longDate(iso: string, language: Language): string {
  return LONG_DATE[language].format(new Date(`${iso}T00:00:00Z`));
}

/** One editable field with, under it, where its value came from and other values the page offered (page text is shown as text only). */
export function FieldRow({
  id,
  label,
  field,
  language,
  multiline,
  type = 'text',
  choices,
  several,
  onInput,
  onChoose = onInput,
  choicesLabel,
}: FieldRowProps) {
  const text = MESSAGES[language];
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
  const understood = type === 'date' ? understoodDate(field.value) : undefined;
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
      ) : (
        <input
          id={id}
          data-testid={`field-${id}`}
          type="text"
          inputMode={type === 'date' ? 'text' : undefined}
          placeholder={type === 'date' ? '12/11/2568' : undefined}
          value={field.value}
          onInput={input}
        />
      )}
      {understood && (
        <small class="understood" data-testid={`understood-${id}`}>
          {fill(text.understood, { date: longDate(understood, language) })}
        </small>
      )}
      {field.choices && field.choices.length > 0 && (
        <small class="offered" data-testid={`choices-${id}`}>
          {choicesLabel ?? text.otherValues}{' '}
          {field.choices.map((choice) => (
            <button
              type="button"
              class="chip"
              key={choice}
              onClick={() => onChoose(choice)}
              data-testid={`choice-${id}`}
            >
              {choice}
            </button>
          ))}
        </small>
      )}
      {field.source !== '' && (
        <small class="source" data-testid={`source-${id}`}>
          {sourceInWords(field.source, language)}
        </small>
      )}
    </div>
  );
}
