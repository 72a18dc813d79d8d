import { readMicroformats } from './microformats';
import type { PageProposal } from './proposal';
import { type ExtractOptions, proposePage } from './proposePage';
import { gatherPage } from './rawPage';

export type { ExtractOptions } from './proposePage';

/**
 * Proposes a partner, its contacts and an activity from a page: structured data (JSON-LD,
 * microdata, h-card/h-event), OpenGraph and meta, mailto/tel links, and visible text (staff
 * tables, Thai phones, obfuscated emails, LINE IDs, addresses), with the user's selection first.
 * The extension's two halves in one call: what the content script gathers, proposed as the
 * capture page proposes it. Reads only the given document (no browser API); never throws.
 */
export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): PageProposal {
  return proposePage(gatherPage(doc, url, options.selection ?? ''), readMicroformats);
}
