/** A JSON-LD block longer than this is skipped: no honest page describes itself in a megabyte. */
export const MAX_JSON_LD_LENGTH = 500_000;

/**
 * The parsed contents of the page's `application/ld+json` scripts (their text, gathered by
 * gatherPage). A block that
 * is not strict JSON is read once more with comments and trailing commas removed (hand-edited
 * CMS templates often have them); one that still fails is skipped, and the others still count.
 */
export function readJsonLd(sources: string[]): unknown[] {
  const blocks: unknown[] = [];
  for (const source of sources) {
    if (source.length > MAX_JSON_LD_LENGTH) continue;
    const parsed = parseLenient(source);
    if (parsed !== undefined) blocks.push(parsed);
  }
  return blocks;
}

function parseLenient(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    try {
      return JSON.parse(withoutCommentsAndTrailingCommas(source));
    } catch {
      return undefined;
    }
  }
}

/** The JSON text without `//` and `/* *\/` comments outside strings, trailing commas, or raw line breaks inside strings. */
function withoutCommentsAndTrailingCommas(source: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (inString) {
      if (char === '\\') {
        out += char + (source[i + 1] ?? '');
        i++;
      } else if (char === '"') {
        inString = false;
        out += char;
      } else out += char < ' ' ? ' ' : char;
      continue;
    }
    if (char === '"') {
      inString = true;
      out += char;
    } else if (char === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      out += '\n';
    } else if (char === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 1;
    } else if (char === ',' && /^\s*(?:\/\/[^\n]*\n\s*)*[}\]]/.test(source.slice(i + 1, i + 200))) {
      // A trailing comma before a closing bracket (perhaps after a comment) is dropped.
    } else out += char;
  }
  return out;
}
