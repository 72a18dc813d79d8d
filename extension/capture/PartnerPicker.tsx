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
 * from the register's index, by name. A list item is cut at the list's width, so the new one
 * starts with `ภาคีใหม่:`, and the chosen one is written out in full under the list.
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
  const shown = shownNames(partners);
  const chosen =
    value === 'new' && newPartnerName !== ''
      ? `${newPartnerName} ${newPartnerLabel}`
      : existing
        ? (shown.get(existing.id) ?? existing.name)
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
          <option key={partner.id} value={partner.id}>
            {shown.get(partner.id)}
          </option>
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

/**
 * What each partner is called in the list: its name, and only where two partners share a name,
 * its register id beside it, the one thing that tells them apart.
 */
function shownNames(partners: readonly PartnerIndexEntry[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const partner of partners) count.set(partner.name, (count.get(partner.name) ?? 0) + 1);
  return new Map(
    partners.map((partner) => [
      partner.id,
      (count.get(partner.name) ?? 0) > 1 ? `${partner.name} (${partner.id})` : partner.name,
    ]),
  );
}
