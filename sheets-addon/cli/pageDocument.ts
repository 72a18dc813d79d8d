import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

// Where a page's <meta charset> is looked for, as browsers do (the first 1024 bytes, with margin).
const CHARSET_SNIFF_BYTES = 2048;

/**
 * A saved page's text the way a browser decodes it: a byte-order mark first, else the charset its
 * <meta> declares (Thai pages still use TIS-620 / windows-874), else UTF-8.
 * (HTML Standard, "determining the character encoding": https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding)
 */
export function decodePage(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SNIFF_BYTES));
  const charset = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset && charset !== 'utf8' ? charset : 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * A Document built as a browser builds it: parse5 runs the HTML Standard's tree construction
 * (implied <html>, <head> and <body> around a fragment, misnested tags repaired, elements moved
 * out of tables), and linkedom gives the result the DOM interface extraction reads.
 */
export function documentOf(html: string): Document {
  const normalised = serialize(parse(html));
  return parseHTML(normalised).document as unknown as Document;
}
