import { cleanFieldText } from './cleanText';

/** A list field (emails, phones) proposes at most this many values: more is a directory page, not one partner's lines. */
export const MAX_LIST_VALUES = 20;

/**
 * Fields being filled from several sources in priority order: the first value offered for a
 * single field wins; list fields keep each distinct value once, in the order offered.
 */
export class FieldDraft<Single extends string, List extends string> {
  readonly values: Partial<Record<Single, string>> = {};
  readonly sources: Partial<Record<Single, string>> = {};
  readonly lists = {} as Record<List, string[]>;
  readonly listSources = {} as Record<List, string[]>;
  readonly extensions: Record<string, string> = {};

  constructor(listNames: readonly List[]) {
    for (const name of listNames) {
      this.lists[name] = [];
      this.listSources[name] = [];
    }
  }

  set(field: Single, raw: string | undefined, source: string): void {
    if (this.values[field] !== undefined || raw === undefined) return;
    const value = cleanFieldText(raw);
    if (value === '') return;
    this.values[field] = value;
    this.sources[field] = source;
  }

  add(list: List, value: string | undefined, source: string, extension?: string): void {
    if (!value) return;
    if (extension && this.extensions[value] === undefined) this.extensions[value] = extension;
    if (this.lists[list].length >= MAX_LIST_VALUES || this.lists[list].includes(value)) return;
    this.lists[list].push(value);
    this.listSources[list].push(source);
  }

  has(field: Single): boolean {
    return this.values[field] !== undefined;
  }
}
