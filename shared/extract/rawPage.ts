import { MAX_JSON_LD_LENGTH } from './jsonLd';
import { readMicrodata } from './microdata';
import { microformatMarkup } from './microformatMarkup';
import { gatherMeta, type RawMeta } from './pageMeta';
import { BLOCK_TAG_LIST, type PageBlock, type PageScan, scanPage } from './pageScan';
import { noWork } from './workLimits';

/** The selection is gathered up to this length (readSelection reads less of it, MAX_SELECTION_LENGTH). */
export const MAX_GATHERED_SELECTION = 40_000;

/** A `lang` attribute is gathered up to this length (a language tag is a few characters). */
const MAX_LANG_LENGTH = 35;

/**
 * What the content script gathers from a page, as plain data the capture page proposes from
 * (proposePage). Nothing here is normalised or matched: that code stays out of the page. What
 * is sent is bounded: text by WORK_LIMITS.characters and landmarkCharacters, blocks and links by
 * WORK_LIMITS.nodes and landmarkNodes,
 * JSON-LD by WORK_LIMITS.jsonLdCharacters and MAX_JSON_LD_LENGTH, microformat markup by
 * MAX_MICROFORMAT_HTML, meta by MAX_META_VALUES, the selection by MAX_GATHERED_SELECTION.
 */
export interface RawPage {
  url: string;
  selection: string;
  /** The root element's `lang` attribute, '' when it has none. */
  lang: string;
  meta: RawMeta;
  /** The walk's text, links, headings and work; its blocks flattened (see flatBlocks). */
  scan: Omit<PageScan, 'blocks'> & { blocks: number[] };
  /** The text of each `application/ld+json` script the walk kept. */
  jsonLd: string[];
  /** Microdata items as JSON-LD-shaped nodes (readMicrodata). */
  microdata: unknown[];
  /** The visible microformat roots' markup, '' when the page has none (microformatMarkup). */
  microformatHtml: string;
  /** The page could not be walked at all: it proposes nothing. */
  unreadable?: true;
}

/**
 * Gathers a page in one walk, reading only the DOM (no normalising library): the content script
 * runs it in the page, `netreg extract` on a parsed file. Never throws: a broken page gives an empty page.
 */
export function gatherPage(doc: Document, url: string, selection = ''): RawPage {
  const page: RawPage = {
    url: String(url ?? ''),
    selection: typeof selection === 'string' ? selection.slice(0, MAX_GATHERED_SELECTION) : '',
    lang: '',
    meta: { title: '', values: [] },
    scan: { text: '', blocks: [], links: [], headings: [], work: noWork() },
    jsonLd: [],
    microdata: [],
    microformatHtml: '',
  };
  let walked: ReturnType<typeof scanPage>;
  try {
    walked = scanPage(doc);
  } catch {
    return { ...page, unreadable: true };
  }
  try {
    const { blocks, itemScopes, microformatRoots, jsonLdScripts, ...scan } = walked;
    page.scan = { ...scan, blocks: flatBlocks(blocks) };
    page.jsonLd = jsonLdScripts
      .map((script) => script.textContent ?? '')
      .filter((source) => source.length <= MAX_JSON_LD_LENGTH);
    page.lang = safely(() => (doc.documentElement?.getAttribute('lang') ?? '').slice(0, MAX_LANG_LENGTH), '');
    page.meta = safely(() => gatherMeta(doc), page.meta);
    page.microdata = safely(() => readMicrodata(itemScopes), []);
    page.microformatHtml = safely(() => microformatMarkup(microformatRoots), '');
  } catch {
    // The page gives what was gathered before the failure.
  }
  return page;
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

const FIELDS_PER_BLOCK = 4;

/**
 * Blocks as one array of small numbers, four per block: its tag's index in BLOCK_TAG_LIST, its
 * start less the previous block's start, its length, and how many blocks back its parent is (its
 * own index + 1 for none). A 2 MB page has tens of thousands of blocks: objects would cost the
 * message and its copy, and offsets written out whole cost the packing (packPage) five times what
 * these differences do, measured on the bench's 2 MB page.
 */
function flatBlocks(blocks: PageBlock[]): number[] {
  const flat = new Array<number>(blocks.length * FIELDS_PER_BLOCK);
  const tagIndex = new Map<string, number>(BLOCK_TAG_LIST.map((tag, index) => [tag, index]));
  let previousStart = 0;
  blocks.forEach((block, index) => {
    const at = index * FIELDS_PER_BLOCK;
    flat[at] = tagIndex.get(block.tag) ?? 0;
    flat[at + 1] = block.start - previousStart;
    flat[at + 2] = block.end - block.start;
    flat[at + 3] = index - block.parent;
    previousStart = block.start;
  });
  return flat;
}

/** The page's scan with its blocks as objects again; a malformed page gives no blocks. */
export function scanOf(page: RawPage): PageScan {
  const flat = Array.isArray(page.scan.blocks) ? page.scan.blocks : [];
  const blocks: PageBlock[] = [];
  let start = 0;
  for (let at = 0; at + FIELDS_PER_BLOCK <= flat.length; at += FIELDS_PER_BLOCK) {
    const tag = BLOCK_TAG_LIST[flat[at]];
    if (tag === undefined) return { ...page.scan, blocks: [] };
    start += flat[at + 1];
    blocks.push({ tag, start, end: start + flat[at + 2], parent: blocks.length - flat[at + 3] });
  }
  return { ...page.scan, blocks };
}
