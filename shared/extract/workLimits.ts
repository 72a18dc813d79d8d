/**
 * Hard limits on the work one extraction does, all enforced by the page walk (scanPage, which
 * gatherPage runs for the content script and for `netreg extract` alike). They are counts, not
 * time: the extension on a live page and `netreg extract` on the saved page stop at the same
 * place, so both propose the same, and a hostile page gives a partial proposal with a note
 * instead of a hang.
 *
 * The reading budget is what a proposal needs, not the whole page: a partner's details are in
 * its structured data, its header and footer, its contact blocks and its first screens, not in
 * its thousandth news item. So the walk reads the main flow up to `nodes` and `characters`, then
 * the landmarks after the point it stopped (header, footer, role=contentinfo, address) up to
 * `landmarkNodes` and `landmarkCharacters`, and JSON-LD wherever it is. Chosen by measuring the
 * bench's 2 MB page (28,000 nodes, 690,000 characters of text) in Chromium on a loaded 2-core
 * machine, median from the injection to a proposal: read whole, 580–680 ms (walk 240–320, gzip
 * 120–220, unpack 40–60, propose 80–100); to 60,000 characters, 120–170 ms, the text crossing
 * to the capture page the largest part; to 30,000, about 80 ms. Thirty thousand characters is
 * ten screens of dense Thai text; every fixture page is a few thousand, read whole; the 2 MB page
 * proposes the same partner and contacts as when read whole.
 */
export const WORK_LIMITS = {
  /** Elements nested deeper than this are not walked (Chromium's HTML parser nests no deeper than 512). */
  nestingDepth: 512,
  /** Nodes (elements, text, comments) of the main flow the walk visits; it stops after this many. */
  nodes: 10_000,
  /** Characters of the main flow's visible text read; the walk stops there and reads the landmarks after it. */
  characters: 30_000,
  /** Nodes of the landmarks read after the main flow's budget ended, all landmarks together. */
  landmarkNodes: 3_000,
  /** Characters of the landmarks' text read after the main flow's budget ended, all together. */
  landmarkCharacters: 10_000,
  /** Microformat roots (h-card, h-event, vcard, vevent) collected; later ones are ignored. */
  microformatRoots: 500,
  /** Characters of JSON-LD script text collected, all blocks together; later blocks are ignored. */
  jsonLdCharacters: 1_000_000,
} as const;

/** One of the limits an extraction can reach. */
export type WorkLimit = keyof typeof WORK_LIMITS;

/** The work one page walk did, counted against WORK_LIMITS. */
export interface ExtractionWork {
  /** Nodes of the main flow visited. */
  nodes: number;
  /** The deepest nesting level walked (the body is level 1). */
  deepest: number;
  /** Characters of the main flow's text read. */
  characters: number;
  /** Nodes visited, and characters read, in the landmarks read after the main flow's budget ended. */
  landmarkNodes: number;
  landmarkCharacters: number;
  microformatRoots: number;
  jsonLdCharacters: number;
  /** The limits the walk stopped at, in WORK_LIMITS order; empty when the whole page was read. */
  reached: WorkLimit[];
}

export function noWork(): ExtractionWork {
  return {
    nodes: 0,
    deepest: 0,
    characters: 0,
    landmarkNodes: 0,
    landmarkCharacters: 0,
    microformatRoots: 0,
    jsonLdCharacters: 0,
    reached: [],
  };
}

/** Records that the walk stopped at a limit (once). */
export function reach(work: ExtractionWork, limit: WorkLimit): void {
  if (work.reached.includes(limit)) return;
  work.reached.push(limit);
  const order = Object.keys(WORK_LIMITS);
  work.reached.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
