import type { PageProposal } from '../../shared/extract/proposal';
import type { RawPage } from '../../shared/extract/rawPage';

type Proposer = typeof import('../../shared/extract/proposePage');

/**
 * Loads the proposing code (the normalising libraries: phone numbers, public suffixes, dates)
 * as its own chunk, so the form's first paint does not wait for it; the capture page starts
 * loading it while the content script gathers the page.
 */
export function loadProposer(): Promise<Proposer> {
  return import('../../shared/extract/proposePage');
}

/** Loads the microformat reader (parse5 and microformats-parser), for a page with that markup. */
export function loadMicroformatReader(): Promise<typeof import('../../shared/extract/microformats')> {
  return import('../../shared/extract/microformats');
}

/**
 * What the gathered page proposes, normalised here in the capture page. The microformat parser
 * is loaded only for a page that has microformat markup.
 */
export async function proposeGathered(
  page: RawPage,
  proposer: Promise<Proposer> = loadProposer(),
): Promise<PageProposal> {
  const [{ proposePage }, reader] = await Promise.all([
    proposer,
    page.microformatHtml ? loadMicroformatReader() : undefined,
  ]);
  return proposePage(page, reader?.readMicroformats);
}
