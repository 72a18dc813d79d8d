import { useSignal } from '@preact/signals';
import type { RecordKind } from '../../core/contract';
import { RecordForm } from '../components/RecordForm';
import type { MessageKey } from '../messages';
import { useSidebar } from '../sidebarStore';

export interface AddViewProps {
  /** Which form opens first. @default 'partner' */
  initialKind?: RecordKind;
}

const KINDS: { kind: RecordKind; label: MessageKey }[] = [
  { kind: 'partner', label: 'kindPartner' },
  { kind: 'contact', label: 'kindContact' },
  { kind: 'activity', label: 'kindActivity' },
];

/** Chooses what to add, then shows that form. */
export function AddView({ initialKind = 'partner' }: AddViewProps) {
  const { t } = useSidebar();
  const kind = useSignal<RecordKind>(initialKind);
  return (
    <section data-testid="add">
      <fieldset class="segmented">
        <legend>{t('addKindLabel')}</legend>
        {KINDS.map((option) => (
          <label key={option.kind} class={kind.value === option.kind ? 'segment selected' : 'segment'}>
            <input
              type="radio"
              name="record-kind"
              value={option.kind}
              checked={kind.value === option.kind}
              data-testid={`kind-${option.kind}`}
              onChange={() => (kind.value = option.kind)}
            />
            {t(option.label)}
          </label>
        ))}
      </fieldset>
      <RecordForm key={kind.value} kind={kind.value} />
    </section>
  );
}
