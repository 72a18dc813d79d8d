import type { Language } from '../../shared/i18n/language';
import type { PartnerMatch } from '../../shared/match/matchPartner';
import { fill, MESSAGES } from '../i18n/messages';

export interface DuplicateWarningProps {
  match: PartnerMatch;
  language: Language;
  onUseExisting(id: string): void;
}

/** Shown before saving: the register already has this partner ("already in register as P-0012 — matched by domain"). */
export function DuplicateWarning({ match, language, onUseExisting }: DuplicateWarningProps) {
  const text = MESSAGES[language];
  return (
    <p class="warning" role="alert" data-testid="duplicate-warning">
      {/* The core words the whole sentence ("already in the register as P-0012 — matched by domain …"). */}
      {sentence(match.reason.message[language])} ({match.name}){' '}
      <button type="button" onClick={() => onUseExisting(match.id)}>
        {fill(text.useExisting, { id: match.id })}
      </button>
    </p>
  );
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
