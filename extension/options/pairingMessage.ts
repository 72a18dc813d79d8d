import type { Language } from '../../shared/i18n/language';
import { fill, MESSAGES } from '../i18n/messages';
import type { PairingOutcome } from './pairRegister';

/** What a person reads about a pairing or a connection test, in their language (worded at render, so a language switch rewords it). */
export function pairingMessage(outcome: PairingOutcome, endpoint: string, language: Language): string {
  const text = MESSAGES[language].pairing.outcome;
  switch (outcome.kind) {
    case 'paired':
      return outcome.register ? fill(text.paired, { register: outcome.register }) : text.pairedNoName;
    case 'invalid_code':
      return outcome.reason.message[language];
    case 'register_refused':
      return fill(text.refused, { reason: outcome.reason.message[language] });
    case 'unreachable':
      return fill(text.unreachable, { host: hostOf(endpoint) });
    default:
      return text[outcome.kind];
  }
}

function hostOf(endpoint: string): string {
  return /^[a-z]+:\/\/([^/?#]+)/i.exec(endpoint)?.[1] ?? endpoint;
}
