import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { normaliseRow } from '../../../shared/normalise/row';

function csvRows(file: string): Record<string, string>[] {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

// The fixture's Thai headers mapped to keys, as the CSV importer does before normalising.
const ACTIVITY_HEADERS: Record<string, string> = {
  วันที่: 'date',
  กิจกรรม: 'title',
  ภาคีเครือข่าย: 'partner_ids',
  กลยุทธ์: 'strategy',
  ขั้นการมีส่วนร่วม: 'participation_stage',
  จำนวนผู้เข้าร่วม: 'participants',
};

function byKey(row: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row).map(([header, value]) => [ACTIVITY_HEADERS[header] ?? header, value]),
  );
}

describe('normalising a row of a tab', () => {
  const [coding, visit, broken] = csvRows('./fixtures/activities-excel-utf8-bom.csv').map(byKey);

  it('normalises every known column of the Excel activities fixture', () => {
    const { row, problems } = normaliseRow('activities', { ...coding, partner_ids: 'P-0005' });
    expect(problems).toEqual([]);
    expect(row).toMatchObject({
      date: '2025-06-15',
      title: 'อบรมครูการสอนโค้ดดิ้ง',
      partner_ids: 'P-0005',
      strategy: 'S3',
      participation_stage: 'implement',
      participants: 25,
      id: null,
      outputs: null,
    });
    expect(Object.keys(row).sort()).toEqual(
      [
        'id',
        'date',
        'title',
        'type',
        'partner_ids',
        'strategy',
        'participation_stage',
        'admin_roles',
        'participants',
        'outputs',
        'outcomes',
        'evidence_url',
        'owner',
      ].sort(),
    );
    expect(normaliseRow('activities', { ...visit, partner_ids: 'P-0004' }).row).toMatchObject({
      date: '2025-07-01',
      participation_stage: 'plan',
      participants: 14,
    });
  });

  it('reports every problem of the broken row, each with its column and reason', () => {
    const { problems } = normaliseRow('activities', broken);
    const codes = Object.fromEntries(problems.map((problem) => [problem.column, problem.reason.code]));
    expect(codes).toEqual({
      date: 'date.impossible',
      partner_ids: 'ref.not_id',
      strategy: 'enum.unknown',
      participation_stage: 'enum.unknown',
      participants: 'number.invalid',
    });
    const participants = problems.find((problem) => problem.column === 'participants');
    expect(participants?.reason.message.en).toMatch(/^Participants: "หลายคน" is not a number/);
    expect(participants?.reason.message.th).toMatch(/^จำนวนผู้เข้าร่วม: "หลายคน" ไม่ใช่ตัวเลข/);
  });

  it('reports an empty required column with value.required, naming the column in each language', () => {
    const { problems } = normaliseRow('activities', { title: '  ' });
    const missing = problems.filter((problem) => problem.reason.code === 'value.required');
    expect(missing.map((problem) => problem.column).sort()).toEqual(['date', 'title']);
    const title = missing.find((problem) => problem.column === 'title');
    expect(title?.reason.message.th).toBe('ต้องกรอก "กิจกรรม"');
    expect(title?.reason.message.en).toBe('"Activity" is required');
  });

  it('keeps an id of the tab and refuses an id of another tab', () => {
    expect(normaliseRow('partners', { id: 'p-12', name: 'วัดพระธาตุดอยคำ' }).row.id).toBe('P-0012');
    const { row, problems } = normaliseRow('partners', { id: 'A-0001', name: 'วัดพระธาตุดอยคำ' });
    expect(row.id).toBeNull();
    expect(problems.map((problem) => problem.reason.code)).toEqual(['id.invalid']);
    expect(problems[0].reason.message.en).toContain('P-0001');
  });

  it('ignores keys that are not columns of the tab', () => {
    const { row, problems } = normaliseRow('partners', { name: 'วัดพระธาตุดอยคำ', colour: 'red' });
    expect(problems).toEqual([]);
    expect(row).not.toHaveProperty('colour');
    expect(row.name).toBe('วัดพระธาตุดอยคำ');
  });
});
