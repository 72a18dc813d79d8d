import { ok, type Result } from '../result';
import { stripZeroWidth } from './invisible';
import { refuse } from './refusal';

/** RFC 5321's limit on a whole address. */
const MAX_EMAIL_LENGTH = 254;

// Letters, digits and the usual specials in the local part ('?' is left out: it starts a
// mailto query); a host of dot-separated labels ending in a letter-only top-level domain.
const EMAIL_SHAPE =
  /^[a-z0-9!#$%&'*+/=^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * An email address as the register stores it: trimmed, lower-case, without zero-width
 * characters, a `mailto:` prefix, a `?subject=` query or a display name around it in angle brackets.
 */
export function normaliseEmail(raw: string): Result<string> {
  // An address already as stored (lower case, nothing around it) is kept as it is, not rebuilt.
  if (typeof raw === 'string' && raw.length <= MAX_EMAIL_LENGTH && EMAIL_SHAPE.test(raw)) return ok(raw);
  let text = stripZeroWidth(String(raw ?? '')).trim();
  // `Somchai Jaidee <somchai@school.ac.th>`, as mail programs copy an address.
  text = text.replace(/^[^<>]*<([^<>]*)>$/s, '$1').trim();
  text = text.replace(/^mailto:/i, '');
  const query = text.indexOf('?');
  if (query >= 0) text = text.slice(0, query);
  text = text.trim().toLowerCase();
  if (text.length > MAX_EMAIL_LENGTH || !EMAIL_SHAPE.test(text)) return refuse('email.invalid', raw);
  return ok(text);
}
