/** Which encoding a CSV file was read as. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';

interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}
type TextDecoderClass = new (label: string, options?: { fatal?: boolean }) => TextDecoderLike;

// The core sees no DOM or Node types; TextDecoder is a language-level global in every runtime we use.
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderClass }).TextDecoder;

/**
 * A CSV file's text. A BOM decides (UTF-8, UTF-16 LE/BE); without one, valid UTF-8 is UTF-8
 * unless it holds no Thai and the same bytes read as Windows-874 are Thai text, and anything
 * else is read as Windows-874 (TIS-620 plus a few symbols), which older Thai Excel saves as
 * "CSV (Comma delimited)".
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new Decoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new Decoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new Decoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  let utf8: string;
  try {
    utf8 = new Decoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { text: new Decoder('windows-874').decode(bytes), encoding: 'windows-874' };
  }
  // Short Thai words saved as Windows-874 can happen to be valid UTF-8 ("เขต" is E0 A2 B5, read as
  // one CJK-area character): then the reading that yields Thai text wins.
  if (THAI.test(utf8) || !NON_ASCII.test(utf8)) return { text: utf8, encoding: 'utf-8' };
  const thai874 = new Decoder('windows-874').decode(bytes);
  return readsAsThai(thai874)
    ? { text: thai874, encoding: 'windows-874' }
    : { text: utf8, encoding: 'utf-8' };
}

const THAI = /[\u0E01-\u0E5B]/;
const NON_ASCII = /[^\x20-\x7E\t\n\r]/;
const NON_ASCII_ALL = /[^\x20-\x7E\t\n\r]/g;
const THAI_ALL = /[\u0E01-\u0E5B]/g;
// Vowels and tone marks: Latin text read as Windows-874 gives consonant pairs only ("é" → "รฉ").
const THAI_VOWEL_OR_MARK = /[\u0E30-\u0E3A\u0E40-\u0E4E]/;

/** Whether every character past ASCII is Thai and the text has the vowels real Thai words have. */
function readsAsThai(text: string): boolean {
  const outside = text.match(NON_ASCII_ALL)?.length ?? 0;
  const thai = text.match(THAI_ALL)?.length ?? 0;
  return thai > 0 && thai === outside && THAI_VOWEL_OR_MARK.test(text);
}
