import { beforeEach, describe, expect, it } from 'vitest';
import type { Register } from '../../../../shared/register/register';
import { type RoleFigureKey, roleFigureKey } from '../../../../shared/rollup/figures';
import type { NetworkFiguresOf } from '../../../../shared/rollup/schoolFigures';
import { ENUMS } from '../../../../shared/schema/enums';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/settings';
import { MemoryChartCanvas } from '../../../../sheets-addon/core/charts/chartCanvas';
import { CHECKPOINT_SHEET } from '../../../../sheets-addon/core/district/checkpointStore';
import {
  continueDistrictRollup,
  type DistrictOptions,
  type DistrictPorts,
  startDistrictRollup,
} from '../../../../sheets-addon/core/district/runDistrictRollup';
import { MemoryWorkbook } from '../../../../sheets-addon/core/memoryWorkbook';
import { syntheticRegister } from '../../../shared/rollup/syntheticRegister';
import { MemoryRegisters, sheetId } from './memoryRegisters';

const AS_OF = '2026-03-31';

/** Partners and active share counted directly: enough to see which schools were read and how often. */
const partnerCounts: NetworkFiguresOf = (register: Register) => {
  const live = register.tables.partners.filter((p) => p.status !== 'ended');
  return {
    partners: live.length,
    active_share: live.length ? live.filter((p) => p.status === 'active').length / live.length : null,
    sector_diversity: null,
    resource_dependency: null,
    strategy_coverage: null,
    stale_share: null,
    expiring_agreements: null,
    indicator_achievement: null,
    roles_exercised: null,
    ...(Object.fromEntries(ENUMS.admin_role.map((role) => [roleFigureKey(role.key), null])) as Record<
      RoleFigureKey,
      null
    >),
  };
};

let workbook: MemoryWorkbook;
let registers: MemoryRegisters;
let charts: MemoryChartCanvas;
let time: number;
let ports: DistrictPorts;
const options: DistrictOptions = {
  settings: { ...DEFAULT_SETTINGS, as_of: AS_OF },
  language: 'th',
  networkFiguresOf: partnerCounts,
  budgetMs: 60_000,
  checkpointEvery: 3,
};

function listSchools(rows: [string, string][]): void {
  workbook.writeValues('ภาพรวมเขต', 3, 1, rows);
}

function district(): (string | number | boolean | null)[][] {
  return workbook.readValues('ภาพรวมเขต');
}

function addSchools(count: number, language: 'th' | 'en' = 'th'): [string, string][] {
  return Array.from({ length: count }, (_, i) => {
    registers.add(
      sheetId(i),
      syntheticRegister({ seed: i + 1, partners: 10 + i, activities: 30, language, asOf: AS_OF }),
    );
    return [`โรงเรียนที่ ${i + 1}`, `https://docs.google.com/spreadsheets/d/${sheetId(i)}/edit#gid=0`] as [
      string,
      string,
    ];
  });
}

beforeEach(() => {
  workbook = new MemoryWorkbook();
  registers = new MemoryRegisters();
  charts = new MemoryChartCanvas();
  time = 0;
  ports = {
    workbook,
    reader: registers,
    charts,
    clock: () => time,
    now: () => `${AS_OF}T08:00:00.000Z`,
  };
  // The first run creates the District tab and asks for the list.
  const first = startDistrictRollup(ports, options);
  expect(first.message.code).toBe('run.nothing');
});

describe('the district roll-up', () => {
  it('writes one ranked row per school, the district total, highlights and charts', () => {
    listSchools(addSchools(5));
    const progress = startDistrictRollup(ports, options);
    expect(progress).toMatchObject({ finished: true, total: 5, readable: 5 });
    const grid = district();
    expect(grid[0].slice(0, 6)).toEqual([
      'โรงเรียน',
      'ลิงก์หรือรหัสทะเบียน',
      'สถานะ',
      'อันดับ',
      'คะแนน (0–100)',
      'ภาคีที่ยังไม่สิ้นสุด',
    ]);
    expect(grid[1][0]).toBe('รวมทั้งเขต (รวม/เฉลี่ย)');
    const partners = grid.slice(2).map((row) => row[5] as number);
    expect(grid[1][5]).toBe(partners.reduce((a, b) => a + b, 0));
    expect(grid.slice(2).map((row) => row[2])).toEqual(Array(5).fill('อ่านได้'));
    expect(grid.slice(2).every((row) => typeof row[3] === 'number')).toBe(true);
    const rules = workbook.sheet('ภาพรวมเขต').conditionalRules;
    expect(rules.some((rule) => rule.formula.includes('COUNTIF'))).toBe(true);
    expect(charts.sheets.get('ภาพรวมเขต')?.map((chart) => chart.title)).toContain(
      'จำนวนภาคีเครือข่ายรายโรงเรียน',
    );
  });

  it('gives each unreadable school a readable status and goes on with the others', () => {
    const rows = addSchools(3);
    registers.add(sheetId(50), { Sheet1: [['งบประมาณ', 'หมายเหตุ']] });
    registers.add(
      sheetId(51),
      syntheticRegister({ seed: 9, partners: 5, activities: 5, language: 'th', asOf: AS_OF }),
      {
        shared: false,
      },
    );
    listSchools([
      ...rows,
      ['ไม่ใช่ทะเบียน', sheetId(50)],
      ['ไม่ได้แชร์', sheetId(51)],
      ['ลิงก์ผิด', 'https://example.org/not-a-sheet'],
      ['ไม่มีลิงก์', ''],
      ['ซ้ำ', sheetId(0)],
    ]);
    const progress = startDistrictRollup(ports, options);
    expect(progress).toMatchObject({ finished: true, total: 8, readable: 3 });
    const status = district()
      .slice(2)
      .map((row) => row[2]);
    expect(status.slice(0, 3)).toEqual(['อ่านได้', 'อ่านได้', 'อ่านได้']);
    expect(status[3]).toContain('ไม่ใช่ทะเบียนเครือข่าย');
    expect(status[4]).toContain('ไม่มีสิทธิ์');
    expect(status[5]).toContain('ไม่ใช่ลิงก์');
    expect(status[6]).toContain('ไม่มีลิงก์');
    expect(status[7]).toContain('ไม่นับซ้ำ');
    const partners = district()
      .slice(2, 5)
      .map((row) => row[5] as number);
    expect(district()[1][5]).toBe(partners.reduce((a, b) => a + b, 0));
    expect(registers.reads.filter((id) => id === sheetId(0))).toHaveLength(1);
  });

  it('stops at the time budget, checkpoints, and continues where it stopped', () => {
    listSchools(addSchools(10));
    registers.read = ((read) => (key: string) => {
      time += 15_000; // each register takes 15 s, so four fit in the 60 s budget
      return read(key);
    })(registers.read.bind(registers));
    const first = startDistrictRollup(ports, options);
    expect(first).toMatchObject({ finished: false, done: 4, total: 10 });
    expect(first.message.message.en).toContain('Read 4 of 10');
    time = 0;
    const second = continueDistrictRollup(ports, options);
    expect(second).toMatchObject({ finished: false, done: 8 });
    time = 0;
    const third = continueDistrictRollup(ports, options);
    expect(third).toMatchObject({ finished: true, done: 10, readable: 10 });
    expect(new Set(registers.reads).size).toBe(10);
    expect(registers.reads).toHaveLength(10);
    expect(continueDistrictRollup(ports, options).message.code).toBe('run.no_run');
  });

  it('resumes a killed execution without counting any school twice', () => {
    const rows = addSchools(8);
    listSchools(rows);
    registers.killAfter = 5; // killed mid-batch: three schools checkpointed, two read but not saved
    expect(() => startDistrictRollup(ports, options)).toThrow('Exceeded maximum execution time');
    const saved = workbook.readValues(CHECKPOINT_SHEET).length - 1;
    expect(saved).toBe(3);
    registers.killAfter = null;
    const resumed = continueDistrictRollup(ports, options);
    expect(resumed).toMatchObject({ finished: true, total: 8, readable: 8 });
    expect(registers.reads).toHaveLength(10); // the two unsaved reads were read again, nothing else
    const expected = rows.map((_, i) => 10 + i).reduce((a, b) => a + b, 0);
    const ended = (i: number) => syntheticEnded(i);
    expect(district()[1][5]).toBe(expected - rows.reduce((sum, _, i) => sum + ended(i), 0));
    expect(workbook.readValues(CHECKPOINT_SHEET).length - 1).toBe(8);
  });

  it('reads a register kept in English into the same figures as its Thai twin', () => {
    registers.add(
      sheetId(0),
      syntheticRegister({ seed: 3, partners: 20, activities: 50, language: 'th', asOf: AS_OF }),
    );
    registers.add(
      sheetId(1),
      syntheticRegister({ seed: 3, partners: 20, activities: 50, language: 'en', asOf: AS_OF }),
    );
    listSchools([
      ['ไทย', sheetId(0)],
      ['English', sheetId(1)],
    ]);
    expect(startDistrictRollup(ports, options)).toMatchObject({ finished: true, readable: 2 });
    const [thai, english] = district().slice(2);
    expect(english.slice(2, 15)).toEqual(thai.slice(2, 15));
  });

  it('rerun the same day reads only the registers that changed', () => {
    const rows = addSchools(3);
    rows.forEach((_, i) => {
      const file = registers.files.get(sheetId(i));
      if (file) file.modifiedAt = '2026-03-30T10:00:00Z';
    });
    listSchools(rows);
    startDistrictRollup(ports, options);
    expect(registers.reads).toHaveLength(3);
    const changed = registers.files.get(sheetId(1));
    if (changed) changed.modifiedAt = '2026-03-31T07:00:00Z';
    const rerun = startDistrictRollup(ports, options);
    expect(rerun).toMatchObject({ finished: true, readable: 3 });
    expect(registers.reads).toEqual([sheetId(0), sheetId(1), sheetId(2), sheetId(1)]);
    expect(district()[2][2]).toContain('ไม่เปลี่ยนแปลง');
  });

  it('records no run for an empty list, so Continue has nothing to pick up', () => {
    expect(startDistrictRollup(ports, options).message.code).toBe('run.nothing');
    expect(continueDistrictRollup(ports, options).message.code).toBe('run.no_run');
    expect(workbook.getProperties()).toEqual({});
  });

  it('carries no person’s name, phone or email onto the District tab or its checkpoint', () => {
    listSchools(addSchools(3));
    startDistrictRollup(ports, options);
    const written = JSON.stringify([
      district(),
      workbook.readValues(CHECKPOINT_SHEET),
      workbook.getProperties(),
    ]);
    expect(written).not.toMatch(/สมศรี|@gmail|@partner|\+66|081/);
  });
});

/** How many of a synthetic school's partners have ended (they are not counted). */
function syntheticEnded(i: number): number {
  const grids = syntheticRegister({
    seed: i + 1,
    partners: 10 + i,
    activities: 30,
    language: 'th',
    asOf: AS_OF,
  });
  const partnersTab = 'ภาคีเครือข่าย';
  return grids[partnersTab].slice(1).filter((row) => row[4] === 'สิ้นสุด').length;
}
