import { MIN_TOKEN_BITS } from './limits';

/** A pairing token: base64url or hex, long enough to carry MIN_TOKEN_BITS of randomness. */
export function isStrongToken(token: string): boolean {
  if (/^[0-9a-f]+$/i.test(token)) return token.length * 4 >= MIN_TOKEN_BITS;
  return /^[A-Za-z0-9_-]+$/.test(token) && token.length * 6 >= MIN_TOKEN_BITS;
}

/**
 * Compares a presented token with the stored one in time that depends only on the presented
 * token's length, so a caller learns nothing from how long a wrong guess took.
 */
export function tokensEqual(presented: string, stored: string): boolean {
  let difference = presented.length === stored.length ? 0 : 1;
  for (let i = 0; i < presented.length; i++) {
    difference |= presented.charCodeAt(i) ^ stored.charCodeAt(i % Math.max(stored.length, 1));
  }
  return difference === 0 && stored.length > 0;
}

/**
 * A new token from random UUIDs (Apps Script's `Utilities.getUuid()` or `crypto.randomUUID()`):
 * each v4 UUID carries 122 random bits, so two give 244 — well over MIN_TOKEN_BITS.
 */
export function pairingTokenFromUuids(first: string, second: string): string {
  return `${first}${second}`.replace(/-/g, '').toLowerCase();
}
