import type { EnumName } from '../../../shared/schema/enums';
import { enumValues } from '../../../shared/schema/enums';
import { useSidebar } from '../sidebarStore';

export interface ChoiceListProps {
  inputId: string;
  name: string;
  choices: EnumName;
  /** The chosen keys joined by commas, as the register stores them. */
  value: string;
  onChange(value: string): void;
  invalid: boolean;
  describedBy?: string;
}

/** Several choices of one list (an activity's administrator roles): a tick box per choice, in list order. */
export function ChoiceList({
  inputId,
  name,
  choices,
  value,
  onChange,
  invalid,
  describedBy,
}: ChoiceListProps) {
  const { language } = useSidebar();
  const chosen = new Set(value.split(',').filter((key) => key !== ''));
  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    onChange(
      enumValues(choices)
        .map((choice) => choice.key)
        .filter((key) => next.has(key))
        .join(','),
    );
  };
  return (
    <fieldset
      id={inputId}
      class="choice-list"
      data-testid={`field-${name}`}
      aria-invalid={invalid ? 'true' : undefined}
      aria-describedby={describedBy}
    >
      {enumValues(choices).map((choice) => (
        <label key={choice.key} class="choice">
          <input
            type="checkbox"
            name={name}
            value={choice.key}
            checked={chosen.has(choice.key)}
            onChange={(event) => toggle(choice.key, event.currentTarget.checked)}
          />
          <span>{choice[language.value]}</span>
        </label>
      ))}
    </fieldset>
  );
}
