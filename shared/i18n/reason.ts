import type { Bilingual, Language } from './language';

/**
 * Why something was refused, already worded in both languages so it can cross any
 * boundary (JSON reply, CSV report, sidebar) and be shown in the reader's language.
 */
export interface Reason {
  /** Stable machine code, e.g. `email.invalid`. */
  code: string;
  message: Bilingual;
}

/** A message template: `{name}` placeholders are filled from params. */
export type MessageTemplate = Bilingual;

/** A message parameter: the same in both languages, or worded per language (a column's label). */
export type MessageParam = string | number | Bilingual;

/** One language's text with its `{name}` placeholders filled; an unknown name stays as written. */
export function fillTemplate(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function paramsIn(language: Language, params: Record<string, MessageParam>): Record<string, string | number> {
  const filled: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(params))
    filled[name] = typeof param === 'object' ? param[language] : param;
  return filled;
}

/** A template filled in both languages; a worded parameter gives each language its own words. */
export function fillBoth(template: MessageTemplate, params: Record<string, MessageParam> = {}): Bilingual {
  return {
    th: fillTemplate(template.th, paramsIn('th', params)),
    en: fillTemplate(template.en, paramsIn('en', params)),
  };
}

/** Several texts listed in each language (a line's problems, a school's missing tabs). */
export function joinBoth(texts: readonly Bilingual[], separator = '; '): Bilingual {
  return {
    th: texts.map((text) => text.th).join(separator),
    en: texts.map((text) => text.en).join(separator),
  };
}

export function reason(
  code: string,
  template: MessageTemplate,
  params: Record<string, MessageParam> = {},
): Reason {
  return { code, message: fillBoth(template, params) };
}
