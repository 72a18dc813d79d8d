/**
 * Hard limits on the work one extraction does, enforced by the page walk (scanPage). They are
 * counts, not time: the extension on a live page and `netreg extract` on the saved page stop at
 * the same place, so both propose the same, and a hostile page gives a partial proposal with a
 * note instead of a hang.
 */
export const WORK_LIMITS = {
  /** Elements nested deeper than this are not walked (Chromium's HTML parser nests no deeper than 512). */
  nestingDepth: 512,
  /** Nodes (elements, text, comments) the walk visits; it stops after this many. */
  nodes: 300_000,
  /** Characters of visible text read; the rest of the page is not read. */
  characters: 4_000_000,
  /** Microformat roots (h-card, h-event, vcard, vevent) collected; later ones are ignored. */
  microformatRoots: 500,
  /** Characters of JSON-LD script text collected, all blocks together; later blocks are ignored. */
  jsonLdCharacters: 1_000_000,
} as const;

/** One of the limits an extraction can reach. */
export type WorkLimit = keyof typeof WORK_LIMITS;

/** The work one page walk did, counted against WORK_LIMITS. */
export interface ExtractionWork {
  nodes: number;
  /** The deepest nesting level walked (the body is level 1). */
  deepest: number;
  characters: number;
  microformatRoots: number;
  jsonLdCharacters: number;
  /** The limits the walk stopped at, in WORK_LIMITS order; empty when the whole page was read. */
  reached: WorkLimit[];
}

export function noWork(): ExtractionWork {
  return { nodes: 0, deepest: 0, characters: 0, microformatRoots: 0, jsonLdCharacters: 0, reached: [] };
}

/** Records that the walk stopped at a limit (once). */
export function reach(work: ExtractionWork, limit: WorkLimit): void {
  if (work.reached.includes(limit)) return;
  work.reached.push(limit);
  const order = Object.keys(WORK_LIMITS);
  work.reached.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
