import { cleanFieldText } from './cleanText';

/** The page's `<title>` and `<meta>` values extraction reads, by property or name (lower-case). */
export interface PageMeta {
  title: string;
  get(key: string): string | undefined;
}

/**
 * Reads `<title>` and the first value of each `<meta property|name>` (og:site_name, og:title,
 * description …) from the head's own children: a selector query would walk the whole page.
 */
export function readMeta(doc: Document): PageMeta {
  const values = new Map<string, string>();
  let titleText = '';
  for (let meta = doc.head?.firstElementChild; meta; meta = meta.nextElementSibling) {
    if (meta.localName === 'title' && !titleText) titleText = meta.textContent ?? '';
    if (meta.localName !== 'meta') continue;
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name'))?.trim().toLowerCase();
    const content = meta.getAttribute('content');
    if (key && content && !values.has(key)) values.set(key, cleanFieldText(content));
  }
  const title = cleanFieldText(titleText);
  return { title, get: (key) => values.get(key) };
}
