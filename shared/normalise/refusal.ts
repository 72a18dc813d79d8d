import { type MessageParam, type MessageTemplate, reason } from '../i18n/reason';
import { fail, type Result } from '../result';
import { NORMALISE_MESSAGES, type NormaliseReasonCode } from './messages';

/** How much of a refused value is quoted back, so a pasted essay does not flood a report. */
const QUOTED_VALUE_LIMIT = 80;

/** The value as it is quoted in a message: one line, clipped. */
export function quoted(value: unknown): string {
  const text = String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > QUOTED_VALUE_LIMIT ? `${text.slice(0, QUOTED_VALUE_LIMIT - 1)}…` : text;
}

/** A refusal with the normaliser's own wording; `value` is quoted back to the reader. */
export function refuse<T = never>(
  code: NormaliseReasonCode,
  value: unknown,
  params: Record<string, MessageParam> = {},
  template: MessageTemplate = NORMALISE_MESSAGES[code],
): Result<T> {
  const all = { value: quoted(value), ...params };
  return fail(reason(code, template, all));
}
