import { ok, type Result } from '../result';
import { enumKeyOf } from '../schema/enumLookup';
import { ENUMS, type EnumName, type EnumValue } from '../schema/enums';
import { stripZeroWidth } from './invisible';
import { refuse } from './refusal';

/**
 * The key of an enum value given as its key, Thai or English label, or an alias. The refusal
 * lists the allowed labels in each language.
 */
export function normaliseEnum(name: EnumName, raw: string): Result<string> {
  const text = stripZeroWidth(String(raw ?? '')).trim();
  const key = enumKeyOf(name, text);
  if (key !== undefined) return ok(key);
  const values: readonly EnumValue[] = ENUMS[name];
  const allowed = (language: 'th' | 'en') => values.map((value) => value[language]).join(', ');
  return refuse('enum.unknown', raw, { allowed: { th: allowed('th'), en: allowed('en') } });
}
