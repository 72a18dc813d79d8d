import { stripZeroWidth } from '../normalise/invisible';
import { hidesContent } from './visibility';
import { type ExtractionWork, noWork, reach, WORK_LIMITS } from './workLimits';

/** A visible block of the page (paragraph, list item, table row or cell, card) and its range in the page text. */
export interface PageBlock {
  tag: BlockTag;
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

/** What the page walk read, as plain data: the capture page proposes from it (see RawPage). */
export interface PageScan {
  /** Visible text: blocks on their own lines, table cells separated by tabs, zero-width characters removed. */
  text: string;
  /** Visible blocks in document order (so `start` never decreases). */
  blocks: PageBlock[];
  /** Visible `mailto:`, `tel:` and line.me links (the only ones extraction reads). */
  links: PageLink[];
  /** Visible h1 headings' text. */
  headings: string[];
  /** What the walk did against WORK_LIMITS, and the limits it stopped at. */
  work: ExtractionWork;
}

/** One pass over the visible page: the plain scan, and the elements the content script reads further. */
export interface DomScan extends PageScan {
  /** Visible elements that start a microdata item (itemscope without itemprop). */
  itemScopes: Element[];
  /** Visible elements whose class names a microformat (h-card, h-event, vcard, vevent). */
  microformatRoots: Element[];
  /** `application/ld+json` scripts in the head and in the body outside hidden parts and templates. */
  jsonLdScripts: Element[];
}

/** A page's visible text is cut at this length (WORK_LIMITS.characters). */
export const MAX_PAGE_TEXT = WORK_LIMITS.characters;

/** Tags that make a block, in a fixed order: a RawPage sends a block's tag as its index here. */
export const BLOCK_TAG_LIST = [
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
  'td',
  'th',
] as const;
export type BlockTag = (typeof BLOCK_TAG_LIST)[number];
const BLOCK_TAGS: ReadonlySet<string> = new Set(BLOCK_TAG_LIST);
const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);
/** The links readLinks reads (mailto:, tel:, line.me); the walk keeps no other. */
const CONTACT_LINK = /^\s*(?:mailto:|tel:|(?:https?:)?\/\/line\.me\/)/i;
const MICROFORMAT_CLASS = /(?:^|\s)(?:h-card|h-event|vcard|vevent)(?:\s|$)/;

/** An element being walked: what to close when the walk leaves it. */
interface OpenElement {
  block: number;
  href: string | null;
  start: number;
  isHeading: boolean;
}

/**
 * Walks the document once, skipping hidden subtrees. The walk follows sibling and parent
 * pointers instead of recursing or queueing children, so a page nested fifty thousand deep
 * neither overflows the stack nor allocates per text node. Its work is bounded by WORK_LIMITS
 * (depth, nodes, characters, microformat roots, JSON-LD): past a limit it reads no further and
 * says so in `work.reached`.
 */
export function scanPage(doc: Document): DomScan {
  const work = noWork();
  const parts: string[] = [];
  let length = 0;
  let lastChar = '\n';
  const blocks: PageBlock[] = [];
  const links: PageLink[] = [];
  const itemScopes: Element[] = [];
  const microformatRoots: Element[] = [];
  const headingRanges: [number, number][] = [];
  const append = (text: string) => {
    let piece = text;
    if (piece === '') return;
    if (length + piece.length > MAX_PAGE_TEXT) {
      reach(work, 'characters');
      piece = piece.slice(0, MAX_PAGE_TEXT - length);
      if (piece === '') return;
    }
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
  const open: OpenElement[] = [];
  const openBlocks: number[] = [];
  const jsonLdScripts: Element[] = [];
  const isJsonLd = (element: Element) =>
    element.localName === 'script' &&
    element.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';
  const collectJsonLd = (script: Element) => {
    const size = script.textContent?.length ?? 0;
    if (work.jsonLdCharacters + size > WORK_LIMITS.jsonLdCharacters) {
      reach(work, 'jsonLdCharacters');
      return;
    }
    work.jsonLdCharacters += size;
    jsonLdScripts.push(script);
  };
  let headNodes = 0;
  for (let child = doc.head?.firstElementChild; child; child = child.nextElementSibling) {
    if (++headNodes > WORK_LIMITS.nodes) {
      reach(work, 'nodes');
      break;
    }
    if (isJsonLd(child)) collectJsonLd(child);
  }

  const leave = () => {
    const element = open.pop() as OpenElement;
    if (element.block >= 0) {
      const block = blocks[element.block];
      if (CELL_TAGS.has(block.tag)) breakCell();
      else breakLine();
      block.end = length;
      openBlocks.pop();
    }
    if (element.href !== null && CONTACT_LINK.test(element.href))
      links.push({ href: element.href, start: element.start, end: length });
    if (element.isHeading) headingRanges.push([element.start, length]);
  };

  /** Reads the node; true when it is an element whose children should be walked next. */
  const visit = (node: Node): boolean => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data) {
        const text = stripZeroWidth(data).replace(/\s+/g, ' ');
        if (text !== ' ' || (lastChar !== '\n' && lastChar !== '\t' && lastChar !== ' ')) append(text);
      }
      return false;
    }
    if (node.nodeType !== 1) return false;
    const element = node as Element;
    if (isJsonLd(element)) collectJsonLd(element);
    if (hidesContent(element)) return false;
    if (open.length >= WORK_LIMITS.nestingDepth) {
      reach(work, 'nestingDepth');
      return false;
    }
    const tag = element.localName;
    if (tag === 'br') {
      append('\n');
      return false;
    }
    if (element.hasAttribute('itemscope') && !element.hasAttribute('itemprop')) itemScopes.push(element);
    const className = element.getAttribute('class');
    if (className && MICROFORMAT_CLASS.test(className)) {
      if (microformatRoots.length < WORK_LIMITS.microformatRoots) microformatRoots.push(element);
      else reach(work, 'microformatRoots');
    }
    let block = -1;
    if (BLOCK_TAGS.has(tag)) {
      if (CELL_TAGS.has(tag)) breakCell();
      else breakLine();
      block = blocks.length;
      blocks.push({
        tag: tag as BlockTag,
        start: length,
        end: length,
        parent: openBlocks[openBlocks.length - 1] ?? -1,
      });
      openBlocks.push(block);
    }
    const href = tag === 'a' ? element.getAttribute('href') : null;
    open.push({ block, href, start: length, isHeading: tag === 'h1' });
    if (open.length > work.deepest) work.deepest = open.length;
    if (element.firstChild) return true;
    leave();
    return false;
  };

  const root = doc.body ?? doc.documentElement;
  let node: Node | null = root;
  walk: while (node) {
    if (++work.nodes > WORK_LIMITS.nodes) {
      work.nodes = WORK_LIMITS.nodes;
      reach(work, 'nodes');
      break;
    }
    if (visit(node)) {
      node = node.firstChild as Node;
      continue;
    }
    for (;;) {
      if (node === root) break walk;
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        continue walk;
      }
      node = node.parentNode;
      if (!node) break walk;
      leave();
    }
  }
  while (open.length > 0) leave();
  const text = parts.join('');
  const headings = headingRanges.map(([start, end]) => text.slice(start, end).trim()).filter((h) => h !== '');
  work.characters = text.length;
  work.microformatRoots = microformatRoots.length;
  return { text, blocks, links, itemScopes, microformatRoots, headings, jsonLdScripts, work };
}
