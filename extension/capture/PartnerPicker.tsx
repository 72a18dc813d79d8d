import type { PartnerIndexEntry } from '../../shared/match/partnerIndex';

export interface PartnerPickerProps {
  label: string;
  partners: readonly PartnerIndexEntry[];
  /** `new`, a partner id, or '' for none. */
  value: string;
  /** The new partner's name from the Partner tab, when there is one. */
  newPartnerName: string;
  /** The word before the new partner's name in the list (`ภาคีใหม่:`). */
  newPartnerTag: string;
  /** What the new partner is, said under the list when it is chosen. */
  newPartnerLabel: string;
  noneLabel: string;
  onChange(value: string): void;
}

/**
 * Which partner a contact, activity or note belongs to: the new one on the Partner tab, or one
 * from the register's index. A list item is cut at the list's width, so each starts with what
 * tells it apart (`ภาคีใหม่:`, the id), and the chosen one is written out in full under it.
 */
export function PartnerPicker({
  label,
  partners,
  value,
  newPartnerName,
  newPartnerTag,
  newPartnerLabel,
  noneLabel,
  onChange,
}: PartnerPickerProps) {
  const existing = partners.find((partner) => partner.id === value);
  const chosen =
    value === 'new' && newPartnerName !== ''
      ? `${newPartnerName} ${newPartnerLabel}`
      : existing
        ? `${existing.id} ${existing.name}`
        : '';
  return (
    <div class="field picker">
      <label for="partner-picker">{label}</label>
      <select
        id="partner-picker"
        data-testid="partner-picker"
        value={value}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{noneLabel}</option>
        {newPartnerName !== '' && <option value="new">{`${newPartnerTag} ${newPartnerName}`}</option>}
        {partners.map((partner) => (
          <option key={partner.id} value={partner.id}>{`${partner.id} ${partner.name}`}</option>
        ))}
      </select>
      {chosen !== '' && (
        <small class="chosen" data-testid="partner-chosen">
          {chosen}
        </small>
      )}
    </div>
  );
}
