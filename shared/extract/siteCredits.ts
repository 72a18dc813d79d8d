import type { Range } from './textRanges';

/**
 * Site chrome that names who built or looks after the website, not the organisation: "designed
 * by", "พัฒนาโดย", webmaster and web developer contacts, "powered by". The numbers and addresses
 * on such a line belong to a web company or the site's administrator.
 */
const CREDIT =
  /designed\s+(?:and\s+developed\s+)?by|developed\s+by|powered\s+by|web\s*(?:master|developer|design(?:er)?|admin)|site\s+admin|ออกแบบ(?:และพัฒนา)?(?:เว็บไซต์)?\s*โดย|พัฒนา(?:เว็บไซต์|ระบบ)?\s*โดย|จัดทำเว็บไซต์(?:\s*โดย)?|ผู้ดูแลเว็บ(?:ไซต์|ไซท์)?|ผู้พัฒนาเว็บ(?:ไซต์)?|เว็บมาสเตอร์/gi;
/** A credit line is read at most this far either side of its words. */
const CREDIT_REACH = 200;

/** The page text ranges of credit lines (the line around each credit, within CREDIT_REACH). */
export function creditRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(CREDIT)) {
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const newline = text.indexOf('\n', match.index);
    const lineEnd = newline < 0 ? text.length : newline;
    ranges.push({
      start: Math.max(lineStart, match.index - CREDIT_REACH),
      end: Math.min(lineEnd, match.index + match[0].length + CREDIT_REACH),
    });
  }
  return ranges;
}
