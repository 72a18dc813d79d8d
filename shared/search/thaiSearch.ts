import { toArabicDigits } from '../normalise/digits';
import { stripZeroWidth } from '../normalise/invisible';
import { composeSaraAm } from '../normalise/thaiVowels';
import { expandThaiAbbreviations } from './thaiAbbreviations';

/** Length of the character n-grams used for Thai when no word segmenter is available. */
export const FALLBACK_NGRAM_LENGTH = 2;

const THAI_RUN = /[\u0E00-\u0E7F]+/g;
const THAI = /[\u0E00-\u0E7F]/;
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
// Combining marks of Latin letters (é → e); Thai vowels and tone marks are letters of their own block.
const LATIN_DIACRITIC = /[\u0300-\u036F]/g;

/**
 * Thai sorting order (consonant first, leading vowels after), shared so every list sorts alike.
 * Made on first use: loading ICU's Thai collation costs every Apps Script execution (every
 * onEdit) that never sorts.
 */
let collator: Intl.Collator | undefined;

export function thaiCollator(): Intl.Collator {
  collator ??= new Intl.Collator('th');
  return collator;
}

/** Compares two texts in Thai dictionary order, for Array.prototype.sort. */
export function compareThai(a: string, b: string): number {
  return thaiCollator().compare(a, b);
}

/** Texts kept prepared between calls; a register's partner list fits, and the cache is dropped when full. */
const PREPARED_CACHE_LIMIT = 20_000;
const prepared = new Map<string, SearchText>();
let lastQuery: { query: string; readings: string[][] } | undefined;

let segmenter: Intl.Segmenter | undefined;
let segmenterClass: unknown = Symbol('not looked up');

// Some Apps Script runtimes have no Intl.Segmenter; look each time so tests can take it away,
// and forget prepared texts when it comes or goes, since they were split the other way.
function wordSegmenter(): Intl.Segmenter | undefined {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (segmenterClass !== Segmenter) {
    segmenterClass = Segmenter;
    segmenter = typeof Segmenter === 'function' ? new Segmenter('th', { granularity: 'word' }) : undefined;
    prepared.clear();
    lastQuery = undefined;
  }
  return segmenter;
}

/** Text folded for searching: NFC, lower-case, Latin diacritics dropped, Thai digits as 0–9. */
export function foldSearchText(text: string): string {
  return (
    composeSaraAm(toArabicDigits(stripZeroWidth(String(text ?? ''))))
      // NFD, not NFKD: compatibility decomposition would split Thai sara am (ำ).
      .normalize('NFD')
      .replace(LATIN_DIACRITIC, '')
      .normalize('NFC')
      .toLowerCase()
  );
}

/** Overlapping character n-grams of a Thai run (the run itself when shorter). */
export function characterNgrams(run: string, length: number = FALLBACK_NGRAM_LENGTH): string[] {
  const chars = Array.from(run);
  if (chars.length <= length) return [run];
  const grams: string[] = [];
  for (let i = 0; i + length <= chars.length; i++) grams.push(chars.slice(i, i + length).join(''));
  return grams;
}

/**
 * The words of a text for search, folded (see foldSearchText). Thai has no spaces between
 * words, so it is split with Intl.Segmenter('th'); without a segmenter, Thai runs become
 * character n-grams.
 */
export function searchTokens(text: string): string[] {
  return tokensOf(expandThaiAbbreviations(foldSearchText(text)));
}

function tokensOf(folded: string): string[] {
  const tokens: string[] = [];
  const segments = wordSegmenter();
  if (segments) {
    for (const segment of segments.segment(folded)) {
      if (segment.isWordLike) tokens.push(segment.segment);
    }
    return tokens;
  }
  for (const word of folded.match(WORD_RUN) ?? []) {
    if (!THAI.test(word)) {
      tokens.push(word);
      continue;
    }
    let last = 0;
    for (const run of word.matchAll(THAI_RUN)) {
      if (run.index > last) tokens.push(word.slice(last, run.index));
      tokens.push(...characterNgrams(run[0]));
      last = run.index + run[0].length;
    }
    if (last < word.length) tokens.push(word.slice(last));
  }
  return tokens;
}

/** A text prepared once for many queries (a partner list being filtered as someone types). */
export interface SearchText {
  tokens: string[];
  /** The folded text without spaces or punctuation: Thai words may be split differently in the query. */
  compact: string;
}

// A list is filtered with one query against many texts: split the query once. A query is read
// with its abbreviations written out and, where that differs, as typed ("โรงเรียนทต.แม่แรม"
// holds ทต. inside a word, where it is no abbreviation).
function queryReadings(query: string): string[][] {
  if (lastQuery?.query !== query) {
    const folded = foldSearchText(query);
    const expanded = expandThaiAbbreviations(folded);
    lastQuery = {
      query,
      readings: expanded === folded ? [tokensOf(folded)] : [tokensOf(expanded), tokensOf(folded)],
    };
  }
  return lastQuery.readings;
}

function preparedText(text: string): SearchText {
  let found = prepared.get(text);
  if (!found) {
    if (prepared.size >= PREPARED_CACHE_LIMIT) prepared.clear();
    found = searchText(text);
    prepared.set(text, found);
  }
  return found;
}

/** Prepares a text for matchesQuery. */
export function searchText(text: string): SearchText {
  const tokens = searchTokens(text);
  return { tokens, compact: (expandThaiAbbreviations(foldSearchText(text)).match(WORD_RUN) ?? []).join('') };
}

/**
 * Whether every word of the query occurs in the text: a Latin or numeric word inside some word
 * of the text (so a prefix matches), a Thai word anywhere in the text, since the segmenter may
 * cut the text's Thai differently from the query's. An empty query matches everything.
 */
export function matchesQuery(haystack: string | SearchText, query: string): boolean {
  wordSegmenter();
  const text = typeof haystack === 'string' ? preparedText(haystack) : haystack;
  return queryReadings(query).some((tokens) => tokens.every((token) => tokenFound(text, token)));
}

function tokenFound(text: SearchText, token: string): boolean {
  // The segmenter may keep a dot inside a Thai word (ดร.แม่); the compact text has none.
  if (THAI.test(token)) return text.compact.includes(token.replace(NOT_WORD, ''));
  return text.tokens.some((word) => word.includes(token));
}
