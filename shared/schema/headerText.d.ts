/**
 * Folds a header or enum cell to the form used for lookups: Unicode NFC, no BOM or
 * zero-width characters, trimmed, case-folded, runs of spaces/underscores/hyphens as one space.
 */
export declare function foldLabel(text: string): string;
