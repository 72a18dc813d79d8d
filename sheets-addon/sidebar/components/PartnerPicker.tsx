import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { PartnerSummary } from '../../core/contract';
import { useSidebar } from '../sidebarStore';

export interface PartnerPickerProps {
  /** The id of the search box, for its label. */
  inputId: string;
  /** Chosen partner ids, comma-separated as the register keeps them. */
  value: string;
  /** Several partners (an activity) or one (a contact). */
  multiple: boolean;
  onChange(value: string): void;
  invalid?: boolean;
  describedBy?: string;
}

/** Waits this long after the last keystroke before asking the server. */
const SEARCH_DELAY_MS = 250;

/** Finds partners by name, id, email or domain and keeps the chosen ids. */
export function PartnerPicker({
  inputId,
  value,
  multiple,
  onChange,
  invalid,
  describedBy,
}: PartnerPickerProps) {
  const { client, t } = useSidebar();
  const query = useSignal('');
  const results = useSignal<PartnerSummary[] | null>(null);
  const names = useSignal<Record<string, string>>({});
  const chosen = value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);

  useEffect(() => {
    const text = query.value.trim();
    if (text === '') {
      results.value = null;
      return;
    }
    const timer = setTimeout(() => {
      client.searchPartners(text).then(
        (found) => {
          if (query.value.trim() === text) results.value = found;
        },
        () => {
          results.value = [];
        },
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query.value]);

  function choose(partner: PartnerSummary) {
    names.value = { ...names.value, [partner.id]: partner.name };
    const next = multiple ? [...chosen.filter((id) => id !== partner.id), partner.id] : [partner.id];
    onChange(next.join(','));
    query.value = '';
    results.value = null;
  }

  return (
    <div class="picker">
      {chosen.length > 0 && (
        <ul class="chips" data-testid={`${inputId}-chosen`}>
          {chosen.map((id) => (
            <li key={id} class="chip">
              <span>
                {id} {names.value[id] ?? ''}
              </span>
              <button
                type="button"
                class="chip-remove"
                aria-label={t('pickerRemove', { name: names.value[id] ?? id })}
                onClick={() => onChange(chosen.filter((other) => other !== id).join(','))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={inputId}
        type="search"
        autocomplete="off"
        placeholder={t('pickerSearch')}
        value={query.value}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy}
        data-testid={`${inputId}-search`}
        onInput={(event) => (query.value = event.currentTarget.value)}
      />
      {results.value && (
        <ul class="picker-results" data-testid={`${inputId}-results`}>
          {results.value.length === 0 && <li class="muted">{t('pickerNone')}</li>}
          {results.value.map((partner) => (
            <li key={partner.id}>
              <button type="button" class="picker-option" onClick={() => choose(partner)}>
                <span class="id">{partner.id}</span> {partner.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
