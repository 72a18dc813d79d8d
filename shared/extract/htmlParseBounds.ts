import { WORK_LIMITS } from './workLimits';

/**
 * Limits on the HTML a page file gives to a DOM parser outside the browser (`netreg extract`
 * uses linkedom). Its cost is not linear in what a browser shrugs off: a character reference
 * costs tens of microseconds (an entity-heavy page took 43 s and 1.37 GB), and each level of
 * nesting makes every later element dearer (a 20 MB page nested deep ran past 300 s). So the
 * text is bounded before parsing, in one pass, and the proposal says it was read in part.
 */
export const HTML_PARSE_LIMITS = {
  /** Characters of HTML parsed; the rest of the file is left out. */
  htmlCharacters: 5_000_000,
  /** Character references (`&amp;`, `&#3585;`); the file is cut before the one past this. */
  characterReferences: 50_000,
  /** Tags nested deeper than the walk reads (WORK_LIMITS.nestingDepth) are dropped, their text kept. */
  nestingDepth: WORK_LIMITS.nestingDepth,
} as const;

/** One of the limits bounding the parsed HTML. */
export type HtmlParseLimit = keyof typeof HTML_PARSE_LIMITS;

/** HTML ready for a parser, and which limits cut it. */
export interface BoundedHtml {
  html: string;
  reached: HtmlParseLimit[];
}

// Elements that never hold children, and those whose end tag is usually left out (a page full
// of unclosed <p> is not deep): neither counts towards the nesting depth.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li td th tr dt dd option'.split(' '),
);
// Their contents are raw text: a "<div>" inside a script is not a tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);
// Attributes are read for at most 4,096 characters, so an unclosed tag is not searched to the end of the file.
const TOKEN =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]{0,4096}?(\/?)>|&(?:#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?|<!--[\s\S]*?-->/g;

/**
 * The HTML bounded for parsing: cut at HTML_PARSE_LIMITS.htmlCharacters or before the character
 * reference past the limit, with tags deeper than the nesting limit left out (their text
 * stays). One pass over the text; tags are recognised as a browser would at their start only
 * roughly, which is enough to bound the work.
 */
export function boundHtmlForParsing(source: string): BoundedHtml {
  const reached: HtmlParseLimit[] = [];
  let html = source;
  if (html.length > HTML_PARSE_LIMITS.htmlCharacters) {
    html = html.slice(0, HTML_PARSE_LIMITS.htmlCharacters);
    reached.push('htmlCharacters');
  }
  const pieces: string[] = [];
  let copiedTo = 0;
  let depth = 0;
  let dropped = 0;
  let references = 0;
  let cutAt = -1;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [token, closing, rawName, selfClosing] = match;
    if (token.startsWith('&')) {
      if (++references > HTML_PARSE_LIMITS.characterReferences) {
        cutAt = match.index;
        reached.push('characterReferences');
        break;
      }
      continue;
    }
    if (rawName === undefined) continue; // a comment
    const name = rawName.toLowerCase();
    if (closing) {
      if (NOT_NESTING.has(name)) continue;
      if (dropped > 0) {
        dropped--;
        pieces.push(html.slice(copiedTo, match.index));
        copiedTo = match.index + token.length;
      } else if (depth > 0) depth--;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      // Its contents are not markup: go on after its end tag.
      const end = indexOfEndTag(html, name, TOKEN.lastIndex);
      TOKEN.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (selfClosing || NOT_NESTING.has(name)) continue;
    if (depth >= HTML_PARSE_LIMITS.nestingDepth) {
      dropped++;
      if (!reached.includes('nestingDepth')) reached.push('nestingDepth');
      pieces.push(html.slice(copiedTo, match.index));
      copiedTo = match.index + token.length;
      continue;
    }
    depth++;
  }
  pieces.push(html.slice(copiedTo, cutAt < 0 ? html.length : cutAt));
  return { html: pieces.join(''), reached };
}

/** Where the end tag of a raw-text element ends, searching from `from`; -1 when there is none. */
function indexOfEndTag(html: string, name: string, from: number): number {
  const end = new RegExp(`</${name}\\s*>`, 'gi');
  end.lastIndex = from;
  const found = end.exec(html);
  return found ? found.index + found[0].length : -1;
}
