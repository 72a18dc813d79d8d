import { cellText, type Row } from './register';

/** What a person recognises a record by: its name, title or description (never its id). */
export function recordName(row: Row): string {
  return cellText(row.name ?? row.title ?? row.description ?? row.lesson ?? null);
}
