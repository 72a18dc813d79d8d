import type { Bilingual } from './language';

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

export function fillTemplate(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function reason(
  code: string,
  template: MessageTemplate,
  params: Record<string, string | number> = {},
): Reason {
  return {
    code,
    message: { th: fillTemplate(template.th, params), en: fillTemplate(template.en, params) },
  };
}
