import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../shared/table/columnLetter';
import { MemoryWorkbook } from '../../../sheets-addon/core/memoryWorkbook';

describe('MemoryWorkbook', () => {
  it('reads back the used range with formulas apart from values', () => {
    const book = new MemoryWorkbook();
    book.createSheet('Partners');
    book.writeValues('Partners', 1, 1, [['id', 'name']]);
    book.appendRows('Partners', [['P-0001', "'=cmd"]]);
    book.writeFormulas('Partners', 2, 3, [['=A2&B2']]);
    expect(book.readValues('Partners')).toEqual([
      ['id', 'name', null],
      ['P-0001', '=cmd', null],
    ]);
    expect(book.readFormulas('Partners')).toEqual([
      ['', '', ''],
      ['', '', '=A2&B2'],
    ]);
    expect(book.listSheets()).toEqual([{ name: 'Partners', hidden: false, lastRow: 2, lastColumn: 3 }]);
  });

  it('appends after the last row holding content and says where', () => {
    const book = new MemoryWorkbook();
    book.createSheet('S');
    book.writeValues('S', 1, 1, [['h']]);
    expect(book.appendRows('S', [['a'], ['b']])).toBe(2);
    expect(book.appendRows('S', [['c']])).toBe(4);
  });

  it('deletes a property set to null and refuses a second sheet of the same name', () => {
    const book = new MemoryWorkbook();
    book.setProperties({ a: '1', b: '2' });
    book.setProperties({ a: null });
    expect(book.getProperties()).toEqual({ b: '2' });
    book.createSheet('S');
    expect(() => book.createSheet('S')).toThrow();
  });

  it('names columns the way A1 notation does', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('renames the references to a renamed sheet in every formula, as Sheets does', () => {
    const book = new MemoryWorkbook();
    book.createSheet('Partners');
    book.createSheet('Summary');
    book.writeFormulas('Summary', 1, 1, [
      ["=COUNTA('Partners'!$A:$A)-1", '=Partners!A1', "='Partners 2'!A1", '=MyPartners!A1'],
    ]);
    book.renameSheet('Partners', 'ภาคีเครือข่าย');
    expect(book.readFormulas('Summary')[0]).toEqual([
      "=COUNTA('ภาคีเครือข่าย'!$A:$A)-1",
      "='ภาคีเครือข่าย'!A1",
      "='Partners 2'!A1",
      '=MyPartners!A1',
    ]);
  });
});
