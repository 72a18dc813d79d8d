import { stripZeroWidth } from '../normalise/invisible';
import { hidesContent } from './visibility';

/** A visible block of the page (paragraph, list item, table row or cell, card) and its range in the page text. */
export interface PageBlock {
  element: Element;
  tag: string;
  start: number;
  end: number;
  /** Index of the enclosing block in `blocks`, -1 at the top. */
  parent: number;
}

/** A visible link and where its text sits in the page text. */
export interface PageLink {
  href: string;
  start: number;
  end: number;
}

/** One pass over the visible page: its text with block boundaries, and the parts extraction reads. */
export interface PageScan {
  /** Visible text: blocks on their own lines, table cells separated by tabs, zero-width characters removed. */
  text: string;
  /** Visible blocks in document order (so `start` never decreases). */
  blocks: PageBlock[];
  links: PageLink[];
  /** Visible elements that start a microdata item (itemscope without itemprop). */
  itemScopes: Element[];
  /** Visible elements whose class names a microformat (h-card, h-event, vcard, vevent). */
  microformatRoots: Element[];
  /** Visible h1 headings' text. */
  headings: string[];
}

/** A page's visible text is cut at this length, so a huge page still answers within the time budget. */
export const MAX_PAGE_TEXT = 4_000_000;

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'body',
  'html',
]);
const CELL_TAGS = new Set(['td', 'th']);
const MICROFORMAT_CLASS = /(?:^|\s)(?:h-card|h-event|vcard|vevent)(?:\s|$)/;

type Step =
  | { kind: 'enter'; node: Node }
  | { kind: 'block'; index: number }
  | { kind: 'link'; href: string; start: number }
  | { kind: 'heading'; start: number };

/** Walks the document once, skipping hidden subtrees, without recursion (a hostile page may nest deeply). */
export function scanPage(doc: Document): PageScan {
  const parts: string[] = [];
  let length = 0;
  let lastChar = '\n';
  const blocks: PageBlock[] = [];
  const links: PageLink[] = [];
  const itemScopes: Element[] = [];
  const microformatRoots: Element[] = [];
  const headingRanges: [number, number][] = [];
  const append = (piece: string) => {
    if (piece === '' || length >= MAX_PAGE_TEXT) return;
    parts.push(piece);
    length += piece.length;
    lastChar = piece[piece.length - 1];
  };
  const breakLine = () => {
    if (lastChar !== '\n') append('\n');
  };
  const breakCell = () => {
    if (lastChar !== '\n' && lastChar !== '\t') append('\t');
  };

  const root = doc.body ?? doc.documentElement;
  const stack: Step[] = root ? [{ kind: 'enter', node: root }] : [];
  const openBlocks: number[] = [];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if (step.kind === 'block') {
      const block = blocks[step.index];
      if (CELL_TAGS.has(block.tag)) breakCell();
      else breakLine();
      block.end = length;
      openBlocks.pop();
      continue;
    }
    if (step.kind === 'link') {
      links.push({ href: step.href, start: step.start, end: length });
      continue;
    }
    if (step.kind === 'heading') {
      headingRanges.push([step.start, length]);
      continue;
    }
    const node = step.node;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data) {
        const text = stripZeroWidth(data).replace(/\s+/g, ' ');
        if (text !== ' ' || (lastChar !== '\n' && lastChar !== '\t' && lastChar !== ' ')) append(text);
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (hidesContent(element)) continue;
    const tag = element.localName;
    if (tag === 'br') {
      append('\n');
      continue;
    }
    if (element.hasAttribute('itemscope') && !element.hasAttribute('itemprop')) itemScopes.push(element);
    const className = element.getAttribute('class');
    if (className && MICROFORMAT_CLASS.test(className)) microformatRoots.push(element);
    if (BLOCK_TAGS.has(tag) || CELL_TAGS.has(tag)) {
      if (CELL_TAGS.has(tag)) breakCell();
      else breakLine();
      const index = blocks.length;
      blocks.push({
        element,
        tag,
        start: length,
        end: length,
        parent: openBlocks[openBlocks.length - 1] ?? -1,
      });
      openBlocks.push(index);
      stack.push({ kind: 'block', index });
    }
    if (tag === 'h1') stack.push({ kind: 'heading', start: length });
    const href = tag === 'a' ? element.getAttribute('href') : null;
    if (href !== null) stack.push({ kind: 'link', href, start: length });
    const children: Node[] = [];
    for (let child = element.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ kind: 'enter', node: children[i] });
  }
  const text = parts.join('');
  const headings = headingRanges.map(([start, end]) => text.slice(start, end).trim()).filter((h) => h !== '');
  return { text, blocks, links, itemScopes, microformatRoots, headings };
}
