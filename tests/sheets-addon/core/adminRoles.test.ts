import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { MemoryWorkbook } from '../../../sheets-addon/core/memoryWorkbook';
import { readRegister } from '../../../sheets-addon/core/readRegister';
import { createSidebarApi } from '../../../sheets-addon/core/sidebarApi';
import { interimFormulaLayer } from '../../doubles/interimFormulaLayer';
import { deleteColumn } from './scramble';

const ROLES_TH = 'บทบาทผู้บริหาร';
const INITIATOR_TH = 'ผู้ริเริ่มและผู้กำหนดทิศทางเชิงกลยุทธ์';
const COORDINATOR_TH = 'ผู้ประสานงานและผู้สร้างความสัมพันธ์';

function register(language: 'th' | 'en' = 'th') {
  const workbook = new MemoryWorkbook();
  const sidebar = createSidebarApi({
    workbook,
    layer: interimFormulaLayer,
    now: () => '2026-06-30T08:00:00.000Z',
    endpoint: () => 'http://127.0.0.1:8787/exec',
    newToken: () => '0123456789abcdef0123456789abcdef',
  });
  sidebar.setupOrRepair(language);
  sidebar.saveSettings({ ...DEFAULT_SETTINGS, language, as_of: '2026-06-30' });
  sidebar.addRecord('partner', { name: 'อบต.ดอนแก้ว', sector: 'local_gov' });
  return { workbook, sidebar };
}

function column(workbook: MemoryWorkbook, sheet: string, header: string): unknown[] {
  const grid = workbook.readValues(sheet);
  const index = grid[0].indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${sheet}`);
  return grid.slice(1).map((line) => line[index]);
}

describe('administrator roles in the register', () => {
  it('are a column of Activities with a dropdown of the six labels', () => {
    const { workbook } = register();
    const header = workbook.readValues('กิจกรรม')[0];
    const at = header.indexOf(ROLES_TH) + 1;
    expect(at).toBeGreaterThan(header.indexOf('ขั้นการมีส่วนร่วม') + 1);
    const rule = workbook.sheet('กิจกรรม').validations.find((v) => v.span.column === at)?.rule;
    expect(rule).toMatchObject({ kind: 'list' });
    expect(rule && 'values' in rule ? rule.values : []).toHaveLength(6);
    expect(rule && 'values' in rule ? rule.values : []).toContain(INITIATOR_TH);
  });

  it('are saved from the sidebar form as labels in the sheet and keys in the register', () => {
    const { workbook, sidebar } = register();
    const added = sidebar.addRecord('activity', {
      date: '2026-06-01',
      title: 'ประชุมวางแผนเครือข่าย',
      partner_ids: 'P-0001',
      admin_roles: 'initiator,coordinator',
    });
    expect(added.ok).toBe(true);
    expect(column(workbook, 'กิจกรรม', ROLES_TH)).toEqual([`${INITIATOR_TH}, ${COORDINATOR_TH}`]);
    expect(readRegister(workbook).tables.activities[0].admin_roles).toBe('initiator,coordinator');
  });

  it('refuse an unknown role with a reason in the form, adding nothing', () => {
    const { workbook, sidebar } = register();
    const added = sidebar.addRecord('activity', {
      date: '2026-06-01',
      title: 'ประชุม',
      admin_roles: 'ผู้ริเริ่ม, ผู้จัดการทีม',
    });
    expect(added.ok).toBe(false);
    if (!added.ok) expect(added.problems.map((p) => p.column)).toEqual(['admin_roles']);
    expect(readRegister(workbook).tables.activities).toEqual([]);
  });

  it('switch language with the register: every label of a list cell is rewritten', () => {
    const { workbook, sidebar } = register();
    sidebar.addRecord('activity', {
      date: '2026-06-01',
      title: 'ประชุม',
      admin_roles: 'initiator,coordinator',
    });
    sidebar.setupOrRepair('en');
    expect(column(workbook, 'Activities', 'Administrator roles')).toEqual([
      'Initiator and strategic direction setter, Coordinator and relationship builder',
    ]);
    sidebar.setupOrRepair('th');
    expect(column(workbook, 'กิจกรรม', ROLES_TH)).toEqual([`${INITIATOR_TH}, ${COORDINATOR_TH}`]);
  });

  it('are added by repair to a register made before the column existed, losing nothing', () => {
    const { workbook, sidebar } = register();
    sidebar.addRecord('activity', { date: '2026-06-01', title: 'ประชุมเก่า', participants: 12 });
    deleteColumn(workbook.sheet('กิจกรรม'), ROLES_TH);
    const before = readRegister(workbook).tables.activities;
    sidebar.setupOrRepair('th');
    expect(workbook.readValues('กิจกรรม')[0]).toContain(ROLES_TH);
    const after = readRegister(workbook).tables.activities;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: before[0].id, title: 'ประชุมเก่า', participants: 12 });
    expect(after[0].admin_roles ?? null).toBeNull();
  });

  it('are imported from a CSV as keys or labels of either language', () => {
    const { sidebar, workbook } = register();
    const csv = [
      'วันที่,กิจกรรม,บทบาทผู้บริหาร',
      '01/06/2569,ประชุมวางแผน,"initiator, Coordinator and relationship builder"',
      '02/06/2569,อบรมครู,ผู้นำการเปลี่ยนแปลง',
    ].join('\n');
    const outcome = sidebar.confirmImport({ tab: 'activities', source: { csv }, choices: {} });
    expect(outcome.added).toHaveLength(2);
    const roles = readRegister(workbook).tables.activities.map((row) => row.admin_roles);
    expect(roles).toEqual(['initiator,coordinator', 'change_leader']);
  });
});

describe('the home view', () => {
  it('shows the roles played of six and names each role not played with what that role does', () => {
    const { sidebar } = register('en');
    sidebar.addRecord('activity', {
      date: '2026-06-01',
      title: 'Planning',
      admin_roles: 'initiator,coordinator',
    });
    const home = sidebar.getHome();
    expect(home.headline.find((figure) => figure.key === 'roles_exercised')?.value).toBe('2/6');
    const gaps = home.attention.find((item) => item.key === 'role_gaps');
    expect(gaps?.text.en).toBe('Administrator roles not played in 12 months');
    expect(gaps?.details?.map((detail) => detail.label)).toEqual([
      'Supporter and facilitator',
      'Change leader and inspirer',
      'Promoter of participation and empowerment',
      'Evaluator and continuous learner',
    ]);
    expect(gaps?.details?.every((detail) => detail.line.length > 20)).toBe(true);
  });

  it('says nothing about roles once all six were played in the period', () => {
    const { sidebar } = register('th');
    sidebar.addRecord('activity', {
      date: '2026-06-01',
      title: 'ครบทุกบทบาท',
      admin_roles: 'initiator,coordinator,facilitator,change_leader,participation_promoter,evaluator_learner',
    });
    const home = sidebar.getHome();
    expect(home.attention.find((item) => item.key === 'role_gaps')).toBeUndefined();
    expect(home.headline.find((figure) => figure.key === 'roles_exercised')?.value).toBe('6/6');
  });
});
