/** A stretch of the page text, by offsets. */
export type Range = { start: number; end: number };

/** The ranges sorted and merged where they overlap. */
export function mergedRanges(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Whether the offset falls inside one of the merged ranges. */
export function insideRanges(merged: Range[], offset: number): boolean {
  let low = 0;
  let high = merged.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (offset < merged[middle].start) high = middle - 1;
    else if (offset >= merged[middle].end) low = middle + 1;
    else return true;
  }
  return false;
}

/** The text with the merged ranges replaced by spaces: the same length, so offsets still hold. */
export function blankRanges(text: string, merged: Range[]): string {
  if (merged.length === 0) return text;
  const pieces: string[] = [];
  let at = 0;
  for (const range of merged) {
    pieces.push(text.slice(at, range.start), ' '.repeat(range.end - range.start));
    at = range.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}
