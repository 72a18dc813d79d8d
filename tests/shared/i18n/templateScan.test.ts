import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/i18n/language';
import { fillBoth, fillTemplate, type MessageParam } from '../../../shared/i18n/reason';

/** fillTemplate as it was before the scan: a regular expression with a callback. */
const byPattern = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** fillBoth as it was: each language's parameters gathered, then the template filled by the pattern. */
function bothByPattern(template: { th: string; en: string }, params: Record<string, MessageParam>) {
  const inLanguage = (language: Language) =>
    Object.fromEntries(
      Object.entries(params).map(([name, param]) => [
        name,
        typeof param === 'object' ? param[language] : param,
      ]),
    );
  return { th: byPattern(template.th, inLanguage('th')), en: byPattern(template.en, inLanguage('en')) };
}

// Templates of names in braces, stray braces, words and Thai; parameters for some of the names.
const names = ['name', 'value', 'count', 'a_1', 'B'];
const template = fc
  .array(
    fc.constantFrom(
      '{name}',
      '{value}',
      '{count}',
      '{a_1}',
      '{B}',
      '{',
      '}',
      '{}',
      '{ name}',
      '{na-me}',
      'x',
      'ชื่อ',
      ' ',
      '{{name}}',
    ),
    {
      maxLength: 8,
    },
  )
  .map((pieces) => pieces.join(''));
const params = fc.dictionary(
  fc.constantFrom(...names),
  fc.oneof(
    fc.string({ maxLength: 4 }),
    fc.integer(),
    fc.record({ th: fc.string({ maxLength: 3 }), en: fc.string({ maxLength: 3 }) }),
  ),
);

describe('templates filled by a scan', () => {
  it('fill one language exactly as the pattern did', () => {
    fc.assert(
      fc.property(template, params, (text, given) => {
        const plain = Object.fromEntries(
          Object.entries(given).filter(([, value]) => typeof value !== 'object'),
        ) as Record<string, string | number>;
        expect(fillTemplate(text, plain)).toBe(byPattern(text, plain));
      }),
      { numRuns: 3000 },
    );
  });

  it('fill both languages exactly as gathering the parameters and the pattern did', () => {
    fc.assert(
      fc.property(template, template, params, (th, en, given) => {
        expect(fillBoth({ th, en }, given)).toEqual(bothByPattern({ th, en }, given));
      }),
      { numRuns: 3000 },
    );
  });
});
