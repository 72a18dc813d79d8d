/**
 * Limits of protocol v1, shared by both ends: the extension splits its outbox to fit them, and
 * the handler enforces them (sheets-addon/core/capture) before reading the register.
 */

/** The largest request body accepted, in UTF-8 bytes; a bigger one is refused unread. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The most captures one request may carry; the extension sends its outbox in slices of this. */
export const MAX_CAPTURES_PER_REQUEST = 100;

/** The most fields one capture may carry (a tab has at most ~20 columns). */
export const MAX_FIELDS_PER_CAPTURE = 40;

/** The longest text a field may hold (the same as the longest text cell the normaliser accepts). */
export const MAX_FIELD_LENGTH = 5000;

/** The most items a list field (emails, phones) may hold. */
export const MAX_FIELD_ITEMS = 20;

/** The longest capture id (a UUID is 36 characters; room for other client formats). */
export const MAX_CAPTURE_ID_LENGTH = 64;

/** The longest source URL (browsers send longer ones, but no register needs them). */
export const MAX_SOURCE_URL_LENGTH = 2048;

/** The longest token a request may present; longer ones are refused before comparing. */
export const MAX_TOKEN_LENGTH = 256;

/** The fewest bits of randomness in a pairing token. */
export const MIN_TOKEN_BITS = 128;
