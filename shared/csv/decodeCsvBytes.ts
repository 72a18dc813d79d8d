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
 * and anything else is read as Windows-874 (TIS-620 plus a few symbols), which older Thai
 * Excel saves as "CSV (Comma delimited)".
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
  try {
    return { text: new Decoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new Decoder('windows-874').decode(bytes), encoding: 'windows-874' };
  }
}
