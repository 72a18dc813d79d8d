import { cleanFieldText } from './cleanText';

/** At most this many `<meta>` values are gathered from a page's head. */
export const MAX_META_VALUES = 200;
/** A `<title>` or `<meta>` value is gathered up to this length (cleanFieldText keeps far less). */
const MAX_META_LENGTH = 10_000;

/** The `<title>` text and the first content of each `<meta property|name>` (key lower-case), as the page has them. */
export interface RawMeta {
  title: string;
  values: [key: string, content: string][];
}

/** The page's `<title>` and `<meta>` values extraction reads, by property or name (lower-case). */
export interface PageMeta {
  title: string;
  get(key: string): string | undefined;
}

/**
 * Gathers `<title>` and the first value of each `<meta property|name>` (og:site_name, og:title,
 * description …) from the head's own children: a selector query would walk the whole page.
 */
export function gatherMeta(doc: Document): RawMeta {
  const values: [string, string][] = [];
  const seen = new Set<string>();
  let title = '';
  for (let meta = doc.head?.firstElementChild; meta; meta = meta.nextElementSibling) {
    if (meta.localName === 'title' && !title) title = (meta.textContent ?? '').slice(0, MAX_META_LENGTH);
    if (meta.localName !== 'meta' || values.length >= MAX_META_VALUES) continue;
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name'))?.trim().toLowerCase();
    const content = meta.getAttribute('content');
    if (!key || !content || seen.has(key)) continue;
    seen.add(key);
    values.push([key, content.slice(0, MAX_META_LENGTH)]);
  }
  return { title, values };
}

/** The gathered title and meta values as field text. */
export function readMeta(raw: RawMeta): PageMeta {
  const values = new Map(raw.values.map(([key, content]) => [key, cleanFieldText(content)]));
  return { title: cleanFieldText(raw.title), get: (key) => values.get(key) };
}
