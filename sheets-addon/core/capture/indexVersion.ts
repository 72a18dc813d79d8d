import type { PartnerIndexEntry } from '../../../shared/match/partnerIndex';

/**
 * A short fingerprint of the partner index (FNV-1a over its JSON): it changes whenever a partner,
 * or an email or phone that identifies one, changes, so the extension refreshes only then.
 */
export function indexVersion(entries: readonly PartnerIndexEntry[]): string {
  const text = JSON.stringify(entries);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${entries.length}-${hash.toString(16).padStart(8, '0')}`;
}
