import type { RawPage } from '../../shared/extract/rawPage';

/** Bytes turned into characters per call: String.fromCharCode takes its arguments on the stack. */
const CHARACTERS_PER_CALL = 8_192;

/**
 * The gathered page as one gzipped, base64 string: what the content script returns. An
 * injection's result is copied through three processes at a cost per byte, and measured on a
 * 2 MB page the page's text (2 MB of UTF-8) and its blocks took seconds as they are, far more
 * than gathering them; gzip (the browser's own, CompressionStream) makes it a fraction.
 */
export async function packPage(page: RawPage): Promise<string> {
  const gzipped = new Blob([JSON.stringify(page)]).stream().pipeThrough(new CompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(gzipped).arrayBuffer());
  const pieces: string[] = [];
  for (let at = 0; at < bytes.length; at += CHARACTERS_PER_CALL)
    pieces.push(String.fromCharCode(...bytes.subarray(at, at + CHARACTERS_PER_CALL)));
  return btoa(pieces.join(''));
}

/** The gathered page packPage packed. */
export async function unpackPage(packed: string): Promise<RawPage> {
  const binary = atob(packed);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  const json = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(json).text()) as RawPage;
}
