/**
 * Folds a header or enum cell to the form used for lookups: Unicode NFC, no BOM or
 * zero-width characters, trimmed, case-folded, runs of spaces/underscores/hyphens as one space.
 */
export function foldLabel(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\uFEFF\u200B-\u200D\u2060]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}
