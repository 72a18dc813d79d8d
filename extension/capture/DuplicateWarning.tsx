import type { Language } from '../../shared/i18n/language';
import type { PartnerMatch } from '../../shared/match/matchPartner';
import { MESSAGES } from '../i18n/messages';

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
        {/* The core names the partner and words why ("… as “name” — matched by domain …"). */}
        {sentence(match.reason.message[language])}
      </p>
      <div class="actions">
        {usingMatch ? (
          <button type="button" data-testid="save-as-new" onClick={onSaveAsNew}>
            {text.saveAsNew}
          </button>
        ) : (
          <button type="button" data-testid="use-existing" onClick={() => onUseExisting(match.id)}>
            {text.useMatched}
          </button>
        )}
      </div>
    </div>
  );
}

/** The reason as a sentence: English starts lower-case inside reports, here it stands alone. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
