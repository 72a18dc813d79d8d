import { cleanFieldText } from './cleanText';

/** The page's `<title>` and `<meta>` values extraction reads, by property or name (lower-case). */
export interface PageMeta {
  title: string;
  get(key: string): string | undefined;
}

/** Reads `<title>` and the first value of each `<meta property|name>` (og:site_name, og:title, description …). */
export function readMeta(doc: Document): PageMeta {
  const values = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name'))?.trim().toLowerCase();
    const content = meta.getAttribute('content');
    if (key && content && !values.has(key)) values.set(key, cleanFieldText(content));
  }
  const title = cleanFieldText(doc.querySelector('title')?.textContent ?? '');
  return { title, get: (key) => values.get(key) };
}
