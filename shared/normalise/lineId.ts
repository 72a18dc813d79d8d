import { ok, type Result } from '../result';
import { stripZeroWidth } from './invisible';
import { refuse } from './refusal';

// LINE allows 4–20 of a–z, 0–9, '.', '_', '-' for a personal ID; official accounts are
// shown with a leading '@' (basic ids like @123abcde, premium ids from 3 characters).
const PERSONAL_ID = /^[a-z0-9._-]{4,20}$/;
const OFFICIAL_ID = /^@[a-z0-9._-]{3,20}$/;
// Latin labels need a separator after them, so an id such as `linebot` or `idol99` is kept whole.
const LABEL = /^(?:(?:line\s*id|id\s*line|line|id)(?:\s*:\s*|\s+)|(?:ไอดีไลน์|ไลน์ไอดี|ไลน์|ไอดี)\s*[:.]?\s*)/i;
// A LINE add-friend link: line.me/ti/p/~personal or line.me/R/ti/p/@official.
const ADD_FRIEND_LINK = /^(?:https?:\/\/)?line\.me\/(?:r\/)?ti\/p\/(~?)(@?[^/?#]+)/i;

/**
 * A LINE ID as stored: lower-case, without a `LINE:`/`ไลน์` label or spaces, with the `@`
 * of an official account kept. An add-friend link (line.me/ti/p/…) gives its id.
 */
export function normaliseLineId(raw: string): Result<string> {
  let text = stripZeroWidth(String(raw ?? ''))
    .normalize('NFKC')
    .trim();
  const link = ADD_FRIEND_LINK.exec(text);
  if (link) text = link[2].replace(/%40/gi, '@');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(LABEL, '').trim();
  }
  text = text.replace(/\s+/g, '').toLowerCase();
  if (!PERSONAL_ID.test(text) && !OFFICIAL_ID.test(text)) return refuse('line.invalid', raw);
  return ok(text);
}
