import type { Language } from '../../shared/i18n/language';
import type { PartnerMatch } from '../../shared/match/matchPartner';
import { fill, MESSAGES } from '../i18n/messages';

export interface DuplicateWarningProps {
  match: PartnerMatch;
  language: Language;
  /** Whether the form attaches to the matched partner (else it makes a new one). */
  usingMatch: boolean;
  onUseExisting(id: string): void;
  onSaveAsNew(): void;
}

/** Shown before saving: the register already has this partner, preselected, with one click to make a new one instead. */
export function DuplicateWarning({
  match,
  language,
  usingMatch,
  onUseExisting,
  onSaveAsNew,
}: DuplicateWarningProps) {
  const text = MESSAGES[language];
  return (
    <div class="warning" role="alert" data-testid="duplicate-warning">
      <p>
        {fill(text.matched, { id: match.id, name: match.name })}
        {/* The core words why ("matched by domain …"). */}
        <small> — {match.reason.message[language]}</small>
      </p>
      <div class="actions">
        {usingMatch ? (
          <button type="button" data-testid="save-as-new" onClick={onSaveAsNew}>
            {text.saveAsNew}
          </button>
        ) : (
          <button type="button" data-testid="use-existing" onClick={() => onUseExisting(match.id)}>
            {fill(text.useMatched, { id: match.id })}
          </button>
        )}
      </div>
    </div>
  );
}
