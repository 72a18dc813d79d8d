import { stripZeroWidth } from '../normalise/invisible';
import { MICROFORMAT_ROOT_CLASS } from './microformatRoots';
import { hidesContent, NEVER_SHOWN } from './visibility';
import { type ExtractionWork, noWork, reach, WORK_LIMITS, type WorkLimit } from './workLimits';

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

/**
 * The landmarks that carry an organisation's own details, read even when the main flow's budget
 * ended before them: the page's header and footer (element or ARIA role) and address elements.
 */
const LANDMARKS = 'header, footer, address, [role~="banner"], [role~="contentinfo"]';
/** What makes a text node need more than copying: whitespace other than single spaces, zero-width characters. */
const NEEDS_CLEANING = /[^\S ]| {2}|[\u200B-\u200D\u2060\uFEFF]/;
const WHITESPACE_RUN = /\s+/g;

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
 * neither overflows the stack nor allocates per text node. Its work is bounded by WORK_LIMITS:
 * the main flow is read up to its node and character budget; past it, only the landmarks after
 * the point it stopped (LANDMARKS, up to their own budget) and the JSON-LD after it are read.
 * `work.reached` says which limits left part of the page unread.
 */
export function scanPage(doc: Document): DomScan {
  const work = noWork();
  const parts: string[] = [];
  let length = 0;
  let lastChar = '\n';
  /** Where the text of the part being walked must end (the main flow's budget, then the landmarks'). */
  let textEnd: number = WORK_LIMITS.characters;
  let textLimit: WorkLimit = 'characters';
  let textFull = false;
  /** The nesting level of the subtree being walked (0 for the body, a landmark's own level after it). */
  let depthBase = 0;
  const blocks: PageBlock[] = [];
  const links: PageLink[] = [];
  const itemScopes: Element[] = [];
  const microformatRoots: Element[] = [];
  const headingRanges: [number, number][] = [];
  const append = (text: string) => {
    let piece = text;
    if (piece === '' || textFull) return;
    if (length + piece.length > textEnd) {
      reach(work, textLimit);
      textFull = true;
      piece = piece.slice(0, textEnd - length);
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
  const collected = new Set<Element>();
  /** The elements the walk opened: after the main flow's budget, the landmarks not among them are read. */
  const opened = new Set<Node>();
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
    collected.add(script);
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
        // Most text needs no cleaning beyond single spaces: one test instead of two replacements.
        const text = NEEDS_CLEANING.test(data) ? stripZeroWidth(data).replace(WHITESPACE_RUN, ' ') : data;
        if (text !== ' ' || (lastChar !== '\n' && lastChar !== '\t' && lastChar !== ' ')) append(text);
      }
      return false;
    }
    if (node.nodeType !== 1) return false;
    const element = node as Element;
    const tag = element.localName;
    // An element without attributes (most of a page's paragraphs, cells and rows) needs no attribute read.
    const attributed = element.hasAttributes();
    if (tag === 'script' && attributed && isJsonLd(element)) collectJsonLd(element);
    if (NEVER_SHOWN.has(tag) || (attributed && hidesContent(element))) return false;
    if (depthBase + open.length >= WORK_LIMITS.nestingDepth) {
      reach(work, 'nestingDepth');
      return false;
    }
    if (tag === 'br') {
      append('\n');
      return false;
    }
    if (attributed) {
      if (element.hasAttribute('itemscope') && !element.hasAttribute('itemprop')) itemScopes.push(element);
      const className = element.getAttribute('class');
      if (className && MICROFORMAT_ROOT_CLASS.test(className)) {
        if (microformatRoots.length < WORK_LIMITS.microformatRoots) microformatRoots.push(element);
        else reach(work, 'microformatRoots');
      }
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
    const href = tag === 'a' && attributed ? element.getAttribute('href') : null;
    open.push({ block, href, start: length, isHeading: tag === 'h1' });
    opened.add(element);
    if (depthBase + open.length > work.deepest) work.deepest = depthBase + open.length;
    if (element.firstChild) return true;
    leave();
    return false;
  };

  /**
   * Walks the subtree of `root` until it ends, `nodeBudget` nodes were visited or the text is
   * full; returns how many nodes it visited and the last one, or null when it read the subtree whole.
   */
  const walkTree = (
    root: Node,
    nodeBudget: number,
    nodeLimit: WorkLimit,
  ): { visited: number; stoppedAt: Node | null } => {
    let visited = 0;
    let stoppedAt: Node | null = null;
    let node: Node | null = root;
    walk: while (node) {
      // Adjacent text nodes count as one: a browser's parser makes one where linkedom splits the
      // text at each character reference, and both must stop at the same place.
      if (node.nodeType !== 3 || node.previousSibling?.nodeType !== 3) {
        if (visited >= nodeBudget) {
          reach(work, nodeLimit);
          stoppedAt = node;
          break;
        }
        visited++;
      }
      const descend = visit(node);
      if (textFull) {
        stoppedAt = node;
        break;
      }
      if (descend) {
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
    return { visited, stoppedAt };
  };

  const root = doc.body ?? doc.documentElement;
  const main = root ? walkTree(root, WORK_LIMITS.nodes, 'nodes') : { visited: 0, stoppedAt: null };
  work.nodes = main.visited;
  work.characters = length;
  if (main.stoppedAt) {
    // The stop's own text was not read when the text filled up as it was opened.
    opened.delete(main.stoppedAt);
    // What the main walk would have read but did not: not opened, and neither hidden nor too deep.
    const unread = (element: Element) => !opened.has(element) && levelOf(element) !== undefined;
    textEnd = length + WORK_LIMITS.landmarkCharacters;
    textLimit = 'landmarkCharacters';
    textFull = false;
    let outer: Element | undefined;
    for (const landmark of Array.from((root as Element).querySelectorAll(LANDMARKS))) {
      if (outer?.contains(landmark) || !unread(landmark)) continue;
      if (work.landmarkNodes >= WORK_LIMITS.landmarkNodes) {
        reach(work, 'landmarkNodes');
        break;
      }
      outer = landmark;
      breakLine();
      depthBase = (levelOf(landmark) as number) - 1;
      const start = length;
      const read = walkTree(landmark, WORK_LIMITS.landmarkNodes - work.landmarkNodes, 'landmarkNodes');
      work.landmarkNodes += read.visited;
      work.landmarkCharacters += length - start;
      if (textFull) break;
    }
    for (const script of Array.from((root as Element).querySelectorAll('script[type]')))
      if (!collected.has(script) && isJsonLd(script) && levelOf(script.parentElement) !== undefined)
        collectJsonLd(script);
  }
  const text = parts.join('');
  const headings = headingRanges.map(([start, end]) => text.slice(start, end).trim()).filter((h) => h !== '');
  work.microformatRoots = microformatRoots.length;
  return { text, blocks, links, itemScopes, microformatRoots, headings, jsonLdScripts, work };
}

/**
 * The element's nesting level as the walk counts it (the body is level 1), when the walk would
 * read it: undefined when it or an ancestor hides it, or it is nested deeper than the walk reads.
 */
function levelOf(element: Element | null): number | undefined {
  let level = 0;
  for (let current = element; current; current = current.parentElement) {
    if (hidesContent(current)) return undefined;
    if (current.parentElement) level++;
    if (level > WORK_LIMITS.nestingDepth) return undefined;
  }
  return level;
}
