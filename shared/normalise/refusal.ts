import type { Bilingual } from '../i18n/language';
import { fillTemplate, type MessageTemplate } from '../i18n/reason';
import { fail, type Result } from '../result';
import { NORMALISE_MESSAGES, type NormaliseReasonCode } from './messages';

/** How much of a refused value is quoted back, so a pasted essay does not flood a report. */
const QUOTED_VALUE_LIMIT = 80;

/** A message parameter: the same in both languages, or worded per language. */
export type MessageParam = string | number | Bilingual;

/** The value as it is quoted in a message: one line, clipped. */
export function quoted(value: unknown): string {
  const text = String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > QUOTED_VALUE_LIMIT ? `${text.slice(0, QUOTED_VALUE_LIMIT - 1)}…` : text;
}

function paramsIn(
  language: keyof Bilingual,
  params: Record<string, MessageParam>,
): Record<string, string | number> {
  const filled: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(params)) {
    filled[name] = typeof param === 'object' ? param[language] : param;
  }
  return filled;
}

/** A refusal with the normaliser's own wording; `value` is quoted back to the reader. */
export function refuse<T = never>(
  code: NormaliseReasonCode,
  value: unknown,
  params: Record<string, MessageParam> = {},
  template: MessageTemplate = NORMALISE_MESSAGES[code],
): Result<T> {
  const all = { value: quoted(value), ...params };
  return fail({
    code,
    message: {
      th: fillTemplate(template.th, paramsIn('th', all)),
      en: fillTemplate(template.en, paramsIn('en', all)),
    },
  });
}
