/**
 * A record with each of these columns null, in their order. Rows and records read from a large
 * file are built as copies of it (one allocation of the right size) rather than by adding their
 * keys one by one, which regrows the object's storage several times for each of an import's
 * 50,000 lines. Built by JSON.parse, which gives an object all its properties inside the object
 * itself: a record built key by key keeps most of them in a second, separate store, and every
 * copy then carries one too, one more object for each of an import's 40,000 kept rows. Not
 * frozen: a copy of a frozen object is built key by key.
 */
export function nullRecord(columns: readonly { key: string }[]): Record<string, null> {
  return JSON.parse(JSON.stringify(Object.fromEntries(columns.map((column) => [column.key, null]))));
}
