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
  return fillEach(text, (name) => (name in params ? String(params[name]) : undefined));
}

/** Whether a character is one `\w` matches: a-z, A-Z, 0-9 or `_`. */
function isWordCharacter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f
  );
}

/**
 * The text with each `{name}` (a run of \w characters in braces) replaced by its value, or left
 * as written when there is none: what `replace(/\{(\w+)\}/g, …)` does, by a scan. Every line an
 * import matches gets a reason filled in two languages, kept to the end of the import: the
 * pieces are joined once, into one string, where adding them one by one would keep a chain of
 * joined pieces (several objects for the garbage collector to carry per text).
 */
function fillEach(text: string, wordsFor: (name: string) => string | undefined): string {
  let open = text.indexOf('{');
  if (open < 0) return text;
  const pieces: string[] = [];
  let from = 0;
  while (open >= 0) {
    let close = open + 1;
    while (close < text.length && isWordCharacter(text.charCodeAt(close))) close++;
    if (close > open + 1 && text.charCodeAt(close) === 0x7d) {
      const value = wordsFor(text.slice(open + 1, close));
      if (value !== undefined) {
        pieces.push(text.slice(from, open), value);
        from = close + 1;
      }
      open = text.indexOf('{', close + 1);
    } else {
      open = text.indexOf('{', open + 1);
    }
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

/** A parameter's words in one language. */
function paramIn(language: Language, param: MessageParam): string | number {
  return typeof param === 'object' ? param[language] : param;
}

/** One language's text of a template, each parameter in that language's words. */
function fillIn(language: Language, text: string, params: Record<string, MessageParam>): string {
  return fillEach(text, (name) =>
    Object.hasOwn(params, name) ? String(paramIn(language, params[name])) : undefined,
  );
}

/** A template filled in both languages; a worded parameter gives each language its own words. */
export function fillBoth(template: MessageTemplate, params: Record<string, MessageParam> = {}): Bilingual {
  return {
    th: fillIn('th', template.th, params),
    en: fillIn('en', template.en, params),
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
