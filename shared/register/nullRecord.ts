/**
 * A record with each of these columns null, in their order. Rows and records read from a large
 * file are built as copies of it (one allocation of the right size) rather than by adding their
 * keys one by one, which regrows the object's storage several times for each of an import's
 * 50,000 lines. Not frozen: a copy of a frozen object is built key by key.
 */
export function nullRecord(columns: readonly { key: string }[]): Record<string, null> {
  return Object.fromEntries(columns.map((column) => [column.key, null]));
}
