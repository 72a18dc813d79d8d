import { isHidden } from './visibility';

/** Microformat markup past this length is not sent or parsed (the parser reads the HTML again): later roots are left out. */
export const MAX_MICROFORMAT_HTML = 1_000_000;

/**
 * The outer HTML of the visible microformat roots that no other root contains, up to
 * MAX_MICROFORMAT_HTML: what readMicroformats parses. Roots come in document order, so a root
 * inside another follows it before any root outside it: comparing with the last outermost root
 * is enough (linear, where comparing every pair took minutes on a page of 100,000 cards).
 */
export function microformatMarkup(roots: Element[]): string {
  const pieces: string[] = [];
  let length = 0;
  let outer: Element | undefined;
  for (const root of roots) {
    if (outer?.contains(root) || isHidden(root)) continue;
    outer = root;
    const html = root.outerHTML;
    if (length + html.length > MAX_MICROFORMAT_HTML) break;
    pieces.push(html);
    length += html.length + 1;
  }
  return pieces.join('\n');
}
