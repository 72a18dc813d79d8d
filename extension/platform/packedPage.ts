import type { RawPage } from '../../shared/extract/rawPage';

/**
 * The gathered page as one string: what the content script returns. An injection's result is
 * copied through three processes at a cost per byte, so what crosses is bounded where it is
 * read (WORK_LIMITS: the walk's text is at most a few tens of thousands of characters). At that
 * size copying JSON is cheaper than compressing it: measured in Chromium on the bench's 2 MB
 * page read to that budget, the browser's gzip (CompressionStream) took 12–80 ms however little
 * it had to compress (its stream's hops, not the compressing), while 50,000 Thai characters
 * crossed as text in 5–10 ms. JSON.stringify writes a lone surrogate as an escape, so the
 * string crosses as well-formed text and every code unit comes back as it was.
 */
export function packPage(page: RawPage): string {
  return JSON.stringify(page);
}

/** The gathered page packPage packed. */
export function unpackPage(packed: string): RawPage {
  return JSON.parse(packed) as RawPage;
}
