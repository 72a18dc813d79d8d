import type { RawPage } from '../../shared/extract/rawPage';

/** Code units turned into characters per call: String.fromCharCode takes its arguments on the stack. */
const CHARACTERS_PER_CALL = 8_192;

/** The bytes before the page's text: its length in UTF-16 code units. */
const HEADER_BYTES = 4;

/**
 * The gathered page as one gzipped, base64 string: what the content script returns. An
 * injection's result is copied through three processes at a cost per byte, and measured on a
 * 2 MB page the page's text (2 MB of UTF-8) and its blocks took seconds as they are, far more
 * than gathering them; gzip (the browser's own, CompressionStream) makes it a fraction. The
 * text goes as UTF-16 code units beside the rest as JSON: Thai is two bytes a character there
 * and three in UTF-8, so gzip has a third less to read (on the bench's 2 MB page, about 60 ms
 * less of the 250 ms packing took), and every code unit, a lone surrogate too, comes back as it was.
 */
export async function packPage(page: RawPage): Promise<string> {
  const text = page.scan.text;
  // Typed arrays are little-endian on every platform browsers run on: unpackPage reads UTF-16LE.
  const units = new Uint16Array(text.length);
  for (let at = 0; at < text.length; at++) units[at] = text.charCodeAt(at);
  const rest = JSON.stringify({ ...page, scan: { ...page.scan, text: '' } });
  const parts = [new Uint32Array([text.length]), units, rest];
  const gzipped = new Blob(parts).stream().pipeThrough(new CompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(gzipped).arrayBuffer());
  const pieces: string[] = [];
  for (let at = 0; at < bytes.length; at += CHARACTERS_PER_CALL)
    pieces.push(String.fromCharCode(...bytes.subarray(at, at + CHARACTERS_PER_CALL)));
  return btoa(pieces.join(''));
}

/** The gathered page packPage packed. */
export async function unpackPage(packed: string): Promise<RawPage> {
  const binary = atob(packed);
  const gzipped = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) gzipped[at] = binary.charCodeAt(at);
  const unzipped = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  const bytes = await new Response(unzipped).arrayBuffer();
  const [length] = new Uint32Array(bytes, 0, 1);
  const page = JSON.parse(
    new TextDecoder().decode(new Uint8Array(bytes, HEADER_BYTES + length * 2)),
  ) as RawPage;
  page.scan.text = textOf(new Uint16Array(bytes, HEADER_BYTES, length));
  return page;
}

/**
 * The text from its code units: the browser's decoder, unless the text has a replacement
 * character, which may stand for a lone surrogate the decoder replaced; then unit by unit.
 */
function textOf(units: Uint16Array): string {
  const decoded = new TextDecoder('utf-16le').decode(units);
  if (!decoded.includes('\ufffd')) return decoded;
  const pieces: string[] = [];
  for (let at = 0; at < units.length; at += CHARACTERS_PER_CALL)
    pieces.push(String.fromCharCode(...units.subarray(at, at + CHARACTERS_PER_CALL)));
  return pieces.join('');
}
