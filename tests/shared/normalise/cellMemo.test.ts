import { describe, expect, it } from 'vitest';
import { CellMemo } from '../../../shared/normalise/cellMemo';
import { normaliseRow } from '../../../shared/normalise/row';
import { tabDef } from '../../../shared/schema/tabs';

const LINES = [
  { name: 'โรงเรียนบ้านแม่แรม', phone: '053 121 555', email: 'Office@MaeRam.ac.th', sector: 'โรงเรียน' },
  { name: 'วัดแม่แรม', phone: '053 121 555', email: 'office@maeram.ac.th', sector: 'school' },
  { name: 'อบต.แม่แรม', phone: '12', email: 'not an email', sector: 'school' },
  { name: 'ชมรมผู้ปกครอง', phone: '12', email: 'not an email', sector: 'nothing like a sector' },
];

describe('a cell memo kept across the rows of one import', () => {
  it('gives every row exactly what normalising it alone gives, refusals included', () => {
    const memo = new CellMemo();
    for (const line of LINES)
      expect(normaliseRow('partners', line, memo)).toEqual(normaliseRow('partners', line));
  });

  it('normalises a repeated phone and a repeated province once each', () => {
    const memo = new CellMemo();
    const phone = tabDef('partners').columns.find((column) => column.key === 'phone')!;
    const province = tabDef('partners').columns.find((column) => column.key === 'province')!;
    let phoneReads = 0;
    let provinceReads = 0;
    for (let i = 0; i < 3; i++) {
      memo.cell(phone, '053 121 555', () => ({ ok: true, value: `+6653121555 #${++phoneReads}` }));
      memo.cell(province, 'เชียงใหม่', () => ({ ok: true, value: `เชียงใหม่ #${++provinceReads}` }));
    }
    expect(phoneReads).toBe(1);
    expect(provinceReads).toBe(1);
  });

  it('stops remembering a column of names, which hardly repeat, after its trial', () => {
    const memo = new CellMemo();
    const name = tabDef('partners').columns.find((column) => column.key === 'name')!;
    let reads = 0;
    const read = () => ({ ok: true as const, value: `read ${++reads}` });
    for (let i = 0; i < 2000; i++) memo.cell(name, `โรงเรียนบ้าน ${i}`, read);
    memo.cell(name, 'วัดแม่แรม', read);
    memo.cell(name, 'วัดแม่แรม', read);
    expect(reads).toBe(2002);
  });
});

describe('a cell memo over a column whose texts never repeat', () => {
  it('stops remembering after its trial, so a repeat is normalised again', () => {
    const memo = new CellMemo();
    const email = tabDef('partners').columns.find((column) => column.key === 'email')!;
    let reads = 0;
    const read = () => ({ ok: true as const, value: `read ${++reads}` });
    for (let i = 0; i < 2000; i++) memo.cell(email, `office${i}@school${i}.ac.th`, read);
    const first = memo.cell(email, 'office@maeram.ac.th', read);
    const again = memo.cell(email, 'office@maeram.ac.th', read);
    expect(reads).toBe(2002);
    expect(again).toEqual({ ok: true, value: 'read 2002' });
    expect(first).toEqual({ ok: true, value: 'read 2001' });
  });

  it('keeps remembering a column whose texts repeat', () => {
    const memo = new CellMemo();
    const phone = tabDef('partners').columns.find((column) => column.key === 'phone')!;
    let reads = 0;
    const read = () => ({ ok: true as const, value: `read ${++reads}` });
    for (let i = 0; i < 2000; i++) memo.cell(phone, `053 121 ${String(i % 10).padStart(3, '0')}`, read);
    expect(reads).toBe(10);
  });
});
