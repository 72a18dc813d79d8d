/** What to do with a line that is already in the register. */
export type DuplicateDecision = 'update' | 'add' | 'skip';

/**
 * What a person chose in the import wizard. Every part is optional: the planner guesses what
 * is not given (header line, columns by label or alias, near-miss choices, duplicates skipped
 * unless matched by a phone alone). JSON-safe, so the sidebar, the local host and the CLI's
 * mapping file carry the same object.
 */
export interface ImportChoices {
  /** The file line (1-based) that holds the headers; title rows above it are left out. */
  headerLine?: number;
  /** Per header position (0-based) or header text: the column it fills (`name`, `contacts.role`…), or null to ignore it. */
  columns?: Record<string, string | null>;
  /** Per column key, per text as the file writes it: the allowed key it means, or null to leave the cell empty. */
  values?: Record<string, Record<string, string | null>>;
  /** Per file line matched to an existing record: update that record, add the line anyway, or skip it. */
  duplicates?: Record<string, DuplicateDecision>;
}
