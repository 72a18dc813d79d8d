import type { Language } from '../i18n/language';
import { ENUMS, type EnumName, type EnumValue, LIST_ENUMS } from './enums';
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

// Items of a list enum's cell: commas (also Thai/full-width), semicolons, line breaks.
const LIST_ITEM_SEPARATOR = /[,;\n\r\uFF0C\uFF1B\u3001]+/;

function listItemsOf(text: string): string[] {
  return text
    .split(LIST_ITEM_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * The key of an enum value written as its key, Thai or English label, or an alias. For a list
 * enum (`LIST_ENUMS`), the keys of every item joined by `,`, or undefined if any is unknown.
 */
export function enumKeyOf(name: EnumName, text: string): string | undefined {
  const lookup = lookupFor(name);
  if (!LIST_ENUMS.has(name)) return lookup.get(foldLabel(text))?.key;
  const keys: string[] = [];
  for (const item of listItemsOf(text)) {
    const key = lookup.get(foldLabel(item))?.key;
    if (key === undefined) return undefined;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys.length === 0 ? undefined : keys.join(',');
}

function singleLabel(name: EnumName, key: string, language: Language): string {
  const value = (ENUMS[name] as readonly EnumValue[]).find((candidate) => candidate.key === key);
  return value ? value[language] : key;
}

/**
 * The label a sheet shows for an enum key in the given language (the key itself if unknown);
 * a list enum's keys become their labels joined by `, `.
 */
export function enumLabel(name: EnumName, key: string, language: Language): string {
  if (!LIST_ENUMS.has(name)) return singleLabel(name, key, language);
  return listItemsOf(key)
    .map((item) => singleLabel(name, item, language))
    .join(', ');
}
