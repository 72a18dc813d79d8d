import * as v from 'valibot';
import {
  MAX_CAPTURE_ID_LENGTH,
  MAX_FIELD_ITEMS,
  MAX_FIELD_LENGTH,
  MAX_FIELDS_PER_CAPTURE,
  MAX_SOURCE_URL_LENGTH,
} from './limits';
import { CAPTURE_KINDS } from './protocol';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** One field: a text, or a short list of texts. */
export const CaptureFieldValueSchema = v.union([
  text(MAX_FIELD_LENGTH),
  v.pipe(v.array(text(MAX_FIELD_LENGTH)), v.maxLength(MAX_FIELD_ITEMS)),
]);

export const CaptureSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_CAPTURE_ID_LENGTH), v.regex(/^[A-Za-z0-9_-]+$/)),
  kind: v.picklist(CAPTURE_KINDS),
  captured_at: v.pipe(v.string(), v.isoTimestamp()),
  source_url: text(MAX_SOURCE_URL_LENGTH),
  fields: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(64)), CaptureFieldValueSchema),
    v.check((fields) => Object.keys(fields).length <= MAX_FIELDS_PER_CAPTURE, 'too many fields'),
  ),
  partner_id: v.optional(text(MAX_CAPTURE_ID_LENGTH)),
});

const ReasonSchema = v.object({
  code: v.string(),
  message: v.object({ th: v.string(), en: v.string() }),
});

/** Replies, checked by the extension: a proxy's error page or a login redirect is not a reply. */
export const CaptureReplySchema = v.object({
  version: v.number(),
  ok: v.boolean(),
  error: v.optional(ReasonSchema),
  results: v.array(
    v.object({
      id: v.string(),
      outcome: v.picklist(['added', 'duplicate', 'matched', 'rejected']),
      row_id: v.optional(v.string()),
      reason: v.optional(ReasonSchema),
    }),
  ),
});

export const IndexReplySchema = v.object({
  version: v.number(),
  ok: v.boolean(),
  error: v.optional(ReasonSchema),
  index_version: v.string(),
  partners: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      domains: v.array(v.string()),
      emails: v.array(v.string()),
      phones: v.array(v.string()),
    }),
  ),
});

export const PingReplySchema = v.object({
  version: v.number(),
  ok: v.boolean(),
  error: v.optional(ReasonSchema),
  register: v.optional(v.string()),
});
