import type { Language } from '../i18n/language';
import { ENUMS, type EnumName, type EnumValue } from './enums';
import { foldLabel } from './headerText';

const enumCache = new Map<EnumName, Map<string, EnumValue>>();

function lookupFor(name: EnumName): Map<string, EnumValue> {
  const cached = enumCache.get(name);
  if (cached) return cached;
  const map = new Map<string, EnumValue>();
  const values: readonly EnumValue[] = ENUMS[name];
  const layers: ((value: EnumValue) => readonly string[])[] = [
    (value) => [value.key],
    (value) => [value.th, value.en],
    (value) => value.aliases ?? [],
  ];
  for (const names of layers) {
    for (const value of values) {
      for (const text of names(value)) {
        const folded = foldLabel(text);
        if (!map.has(folded)) map.set(folded, value);
      }
    }
  }
  enumCache.set(name, map);
  return map;
}

/** The key of an enum value written as its key, Thai or English label, or an alias. */
export function enumKeyOf(name: EnumName, text: string): string | undefined {
  return lookupFor(name).get(foldLabel(text))?.key;
}

/** The label a sheet shows for an enum key in the given language (the key itself if unknown). */
export function enumLabel(name: EnumName, key: string, language: Language): string {
  const value = (ENUMS[name] as readonly EnumValue[]).find((candidate) => candidate.key === key);
  return value ? value[language] : key;
}
