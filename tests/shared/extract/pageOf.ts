import { parseHTML } from 'linkedom';

/** A Document from HTML text, through the same Node DOM that `netreg extract` uses. */
export function pageOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A page whose body is the given HTML. */
export function bodyOf(body: string, head = ''): Document {
  return pageOf(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
}

/** A page whose head holds `data` as JSON-LD, with the given body. */
export function jsonLdPage(data: unknown, body = ''): Document {
  return pageOf(
    `<html><head><script type="application/ld+json">${JSON.stringify(data)}</script></head><body>${body}</body></html>`,
  );
}
