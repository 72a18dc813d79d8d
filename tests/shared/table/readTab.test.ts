import { describe, expect, it } from 'vitest';
import { appendRowsToGrid } from '../../../shared/table/appendRows';
import { readTab } from '../../../shared/table/readTab';
import { headerRow, rowsToGrid } from '../../../shared/table/rowsToGrid';

describe('readTab', () => {
  it('finds columns by key, Thai or English label and alias, in any order', () => {
    const grid = [
      ['อีเมล', 'Partner name', 'sector', 'ประเภทเครือข่าย'],
      ['INFO@School.ac.th', 'โรงเรียนบ้านหนองบัว', 'สถานศึกษา', 'Community relations'],
    ];
    const { rows, problems } = readTab('partners', grid);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      name: 'โรงเรียนบ้านหนองบัว',
      email: 'info@school.ac.th',
      sector: 'school',
      network_type: 'community',
    });
  });

  it('counts lines as a person does (header = 1) and skips blank lines', () => {
    const grid = [
      ['id', 'name', 'email'],
      ['P-0001', 'ก', null],
      ['', '', ''],
      ['P-0002', 'ข', 'not-an-email'],
    ];
    const { rows, lines, problems } = readTab('partners', grid);
    expect(lines).toEqual([2, 4]);
    expect(rows.map((row) => row.id)).toEqual(['P-0001', 'P-0002']);
    expect(problems.map((problem) => [problem.line, problem.column, problem.reason.code])).toEqual([
      [4, 'email', 'email.invalid'],
    ]);
  });

  it('strips the apostrophe that marks text, and ignores formula cells in data columns, noting them', () => {
    const grid = [
      ['id', 'strategy', 'name', 'actual'],
      ['I-0001', 'S1', "'=not a formula", '=COUNTIF(Activities!F:F,"S1")'],
    ];
    const { rows, problems } = readTab('indicators', grid);
    expect(rows[0]).toMatchObject({ name: '=not a formula', actual: null });
    expect(problems.map((problem) => [problem.column, problem.reason.code])).toEqual([
      ['actual', 'cell.formula'],
    ]);
  });

  it('refuses a line with more filled cells than the header as shifted, and pads a short one', () => {
    const grid = [['name', 'phone'], ['ร้านค้าชุมชน', '053 121 999', 'เกิน'], ['วัดป่า']];
    const { rows, problems } = readTab('partners', grid);
    expect(rows.map((row) => row.name)).toEqual(['วัดป่า']);
    expect(problems[0]).toMatchObject({ line: 2, reason: { code: 'row.shifted' } });
  });

  it('notes free text that starts like a formula without the apostrophe', () => {
    const { problems } = readTab('partners', [['name'], ['-cmd|calc']]);
    expect(problems[0].reason.code).toBe('text.not_safe');
  });
});

describe('rowsToGrid and appendRowsToGrid', () => {
  it('renders rows under an existing header: enum labels, safe text, phones as text, foreign columns blank', () => {
    const header = ['Engagement', 'ชื่อหน่วยงาน', 'status', 'โทรศัพท์'];
    const grid = rowsToGrid(
      'partners',
      [{ name: '=HYPERLINK("x")', status: 'active', phone: '+6621234567;ext=12' }],
      header,
      'th',
    );
    expect(grid).toEqual([[null, '\'=HYPERLINK("x")', 'ดำเนินงานร่วม', "'+6621234567;ext=12"]]);
  });

  it('appends after the last row, keeping formula and user columns of existing lines untouched', () => {
    const grid = [
      ['id', 'name', 'คะแนน (สูตร)', 'my column'],
      ['P-0001', 'ก', '=LEN(B2)', 'keep me'],
      ['', '', '', ''],
    ];
    const next = appendRowsToGrid('partners', grid, [{ id: 'P-0002', name: 'ข', sector: 'school' }], 'en');
    expect(next[1]).toEqual(['P-0001', 'ก', '=LEN(B2)', 'keep me', null]);
    // The header names columns by key, so the added column is named by key too.
    expect(next[0]).toEqual(['id', 'name', 'คะแนน (สูตร)', 'my column', 'sector']);
    expect(next[2]).toEqual(['P-0002', 'ข', null, null, 'Other school']);
    expect(next).toHaveLength(3);
  });

  it('gives an empty tab a full header of labels in the language', () => {
    const next = appendRowsToGrid('activities', [], [{ id: 'A-0001', title: 'ประชุม' }], 'th');
    expect(next[0]).toEqual(headerRow('activities', 'th'));
    expect(next[1][2]).toBe('ประชุม');
  });
});
