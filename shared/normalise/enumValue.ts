import { ok, type Result } from '../result';
import { enumKeyOf } from '../schema/enumLookup';
import { ENUMS, type EnumName, type EnumValue } from '../schema/enums';
import { foldLabel } from '../schema/headerText';
import { toArabicDigits } from './digits';
import { stripZeroWidth } from './invisible';
import { refuse } from './refusal';

// Spaces and punctuation people put inside labels: `ร่วม วางแผน`, `S 1`, `co-thinking`.
const LABEL_PUNCTUATION = /[\s.\-_/()]+/g;
// A strategy given by its number: `1`, `S1`, `กลยุทธ์ 1`, `กลยุทธ์ที่ ๑`.
const STRATEGY_NUMBER = /^(?:s|กลยุทธ์(?:ที่)?|strategy)?\s*([1-9])$/i;

function compactLabel(text: string): string {
  return foldLabel(text).replace(LABEL_PUNCTUATION, '');
}

/** The enum value whose key, label or alias reads the same once spaces and punctuation are ignored. */
function keyIgnoringSpacing(name: EnumName, text: string): string | undefined {
  const wanted = compactLabel(text);
  if (wanted === '') return undefined;
  const values: readonly EnumValue[] = ENUMS[name];
  const spellings = (value: EnumValue) => [value.key, value.th, value.en, ...(value.aliases ?? [])];
  return values.find((value) => spellings(value).some((spelling) => compactLabel(spelling) === wanted))?.key;
}

function strategyByNumber(text: string): string | undefined {
  const number = STRATEGY_NUMBER.exec(text.trim());
  if (!number) return undefined;
  const key = `S${number[1]}`;
  return (ENUMS.strategy as readonly EnumValue[]).some((value) => value.key === key) ? key : undefined;
}

/**
 * The key of an enum value given as its key, Thai or English label, or an alias, in either
 * language, however it is spaced; a strategy may also be given by its number. The refusal
 * lists the allowed labels in each language.
 */
export function normaliseEnum(name: EnumName, raw: string): Result<string> {
  const text = toArabicDigits(stripZeroWidth(String(raw ?? ''))).trim();
  const key =
    enumKeyOf(name, text) ??
    keyIgnoringSpacing(name, text) ??
    (name === 'strategy' ? strategyByNumber(text) : undefined);
  if (key !== undefined) return ok(key);
  const values: readonly EnumValue[] = ENUMS[name];
  const allowed = (language: 'th' | 'en') => values.map((value) => value[language]).join(', ');
  return refuse('enum.unknown', raw, { allowed: { th: allowed('th'), en: allowed('en') } });
}
