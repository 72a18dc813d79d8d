import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../../sheets-addon/core/memoryWorkbook';
import { SNAPSHOT_SHEET } from '../../../sheets-addon/core/sheetLocator';
import {
  listSnapshots,
  loadSnapshot,
  MAX_SNAPSHOTS,
  restoreSnapshot,
  saveSnapshot,
} from '../../../sheets-addon/core/snapshots';

function bookWithNotes(): MemoryWorkbook {
  const book = new MemoryWorkbook();
  book.createSheet('Notes');
  book.writeValues('Notes', 1, 1, [['text'], ["'=formula-like text"], ['=1+1']]);
  return book;
}

describe('undo snapshots', () => {
  it('keeps a snapshot larger than one cell can hold, in chunks, and gives it back whole', () => {
    const book = bookWithNotes();
    const big = 'ก'.repeat(100_000);
    const id = saveSnapshot(
      book,
      {
        createdAt: '2026-11-25T08:00:00Z',
        action: 'import',
        language: 'th',
        sheets: [{ name: 'Notes', grid: [[big]] }],
      },
      book.listSheets().map((s) => s.name),
    );
    expect(book.readValues(SNAPSHOT_SHEET).length).toBeGreaterThan(3);
    expect(book.sheet(SNAPSHOT_SHEET).hidden).toBe(true);
    expect(loadSnapshot(book, id)?.sheets[0].grid[0][0]).toBe(big);
  });

  it('restores formulas as formulas and text that looks like one as text, clearing rows added since', () => {
    const book = bookWithNotes();
    const grid = book
      .readValues('Notes')
      .map((line, r) => line.map((v, c) => book.readFormulas('Notes')[r][c] || v));
    const id = saveSnapshot(
      book,
      {
        createdAt: '2026-11-25T08:00:00Z',
        action: 'repair',
        language: 'en',
        sheets: [
          {
            name: 'Notes',
            grid: grid.map((line) => line.map((v) => (v === '=formula-like text' ? `'${v}` : v))),
          },
        ],
      },
      ['Notes'],
    );
    book.appendRows('Notes', [['added later']]);
    book.writeValues('Notes', 2, 1, [['changed']]);
    restoreSnapshot(book, id);
    expect(book.readValues('Notes')).toEqual([['text'], ['=formula-like text'], [null]]);
    expect(book.readFormulas('Notes')[2][0]).toBe('=1+1');
  });

  it(`keeps only the last ${MAX_SNAPSHOTS}, newest first`, () => {
    const book = bookWithNotes();
    const ids: string[] = [];
    for (let i = 0; i < MAX_SNAPSHOTS + 3; i++) {
      ids.push(
        saveSnapshot(
          book,
          { createdAt: '2026-11-25T08:00:00Z', action: 'repair', language: 'th', sheets: [] },
          book.listSheets().map((s) => s.name),
        ),
      );
    }
    const listed = listSnapshots(book);
    expect(listed).toHaveLength(MAX_SNAPSHOTS);
    expect(listed[0].id).toBe(ids.at(-1));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers an unknown snapshot id with a reason and changes nothing', () => {
    const book = bookWithNotes();
    const before = structuredClone(book.state);
    const changes = restoreSnapshot(book, 'nope');
    expect(changes[0].code).toBe('snapshot.missing');
    expect(book.state).toEqual(before);
  });
});
