import type { PartnerIndexEntry } from '../../shared/match/partnerIndex';

export interface PartnerPickerProps {
  label: string;
  partners: readonly PartnerIndexEntry[];
  /** `new`, a partner id, or '' for none. */
  value: string;
  /** The new partner's name from the Partner tab, when there is one. */
  newPartnerName: string;
  newPartnerLabel: string;
  noneLabel: string;
  onChange(value: string): void;
}

/** Which partner a contact, activity or note belongs to: the new one on the Partner tab, or one from the register's index. */
export function PartnerPicker({
  label,
  partners,
  value,
  newPartnerName,
  newPartnerLabel,
  noneLabel,
  onChange,
}: PartnerPickerProps) {
  return (
    <div class="field">
      <label for="partner-picker">{label}</label>
      <select
        id="partner-picker"
        data-testid="partner-picker"
        value={value}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{noneLabel}</option>
        {newPartnerName !== '' && <option value="new">{`${newPartnerName} ${newPartnerLabel}`}</option>}
        {partners.map((partner) => (
          <option key={partner.id} value={partner.id}>{`${partner.id} ${partner.name}`}</option>
        ))}
      </select>
    </div>
  );
}
