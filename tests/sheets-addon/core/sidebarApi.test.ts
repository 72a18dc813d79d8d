import { describe, expect, it } from 'vitest';
import { decodePairingCode } from '../../../shared/capture/pairing';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { appendRecords } from '../../../sheets-addon/core/appendRecords';
import { MemoryWorkbook } from '../../../sheets-addon/core/memoryWorkbook';
import { onEditRows } from '../../../sheets-addon/core/onEdit';
import { createSidebarApi } from '../../../sheets-addon/core/sidebarApi';
import { interimFormulaLayer } from '../../doubles/interimFormulaLayer';

function api() {
  const workbook = new MemoryWorkbook();
  let tokens = 0;
  const sidebar = createSidebarApi({
    workbook,
    layer: interimFormulaLayer,
    now: () => '2026-11-25T08:00:00.000Z',
    endpoint: () => 'http://127.0.0.1:8787/exec',
    newToken: () => `${'0123456789abcdef'.repeat(2)}${++tokens}`,
  });
  return { workbook, sidebar };
}

describe('the sidebar api over a workbook', () => {
  it('sets up, adds a partner with a Thai name, and finds it again by search', () => {
    const { sidebar } = api();
    expect(sidebar.getHome().isRegister).toBe(false);
    sidebar.setupOrRepair('th');
    const added = sidebar.addRecord('partner', {
      name: 'โรงเรียนบ้านห้วยทราย',
      sector: 'school',
      email: 'a@huaisai.ac.th',
    });
    expect(added).toEqual({ ok: true, id: 'P-0001' });
    expect(sidebar.searchPartners('ห้วยทราย').map((p) => p.id)).toEqual(['P-0001']);
    expect(sidebar.getHome().headline.find((h) => h.key === 'partners')?.value).toBe('1');
  });

  it('shows on the home view who needs attention: never contacted, agreement ending soon', () => {
    const { sidebar, workbook } = api();
    sidebar.setupOrRepair('en');
    sidebar.saveSettings({ ...DEFAULT_SETTINGS, language: 'en', as_of: '2026-11-25' });
    sidebar.addRecord('partner', { name: 'Seen recently', status: 'active' });
    sidebar.addRecord('partner', { name: 'Never seen', status: 'active' });
    sidebar.addRecord('activity', { date: '2026-11-01', title: 'Meeting', partner_ids: 'P-0001' });
    appendRecords(
      workbook,
      'agreements',
      [{ partner_id: 'P-0001', title: 'MOU', status: 'active', signed: '2025-01-01', expires: '2026-12-31' }],
      { layer: interimFormulaLayer, now: '2026-11-25T08:00:00.000Z' },
    );
    const home = sidebar.getHome();
    expect(home.attention.find((a) => a.key === 'stale')?.ids).toEqual(['P-0002']);
    expect(home.attention.find((a) => a.key === 'expiring')?.ids).toEqual(['P-0001']);
    // A person reads the partners' names, never their ids.
    expect(home.attention.find((a) => a.key === 'stale')?.names).toEqual([
      { th: 'Never seen', en: 'Never seen' },
    ]);
    expect(home.attention.find((a) => a.key === 'expiring')?.names).toEqual([
      { th: 'Seen recently', en: 'Seen recently' },
    ]);
    expect(home.headline.find((h) => h.key === 'contacted_share')?.value).toBe('50%');
    // Strategies are counted in words a person reads, not as the codes S1–S6.
    expect(home.headline.find((h) => h.key === 'strategies_covered')?.explanation).toEqual({
      th: 'จาก 6 กลยุทธ์ของเครือข่าย',
      en: 'of the 6 network strategies',
    });
  });

  it('warns about a duplicate before saving and attaches a contact to a partner named instead of numbered', () => {
    const { sidebar } = api();
    sidebar.setupOrRepair('en');
    sidebar.addRecord('partner', { name: 'Lampang Rajabhat University', website: 'https://www.lpru.ac.th' });
    expect(sidebar.checkDuplicate({ name: 'x', email: 'dean@lpru.ac.th' })?.id).toBe('P-0001');
    const contact = sidebar.addRecord('contact', {
      name: 'ดร.สมชาย ใจดี',
      partner_id: 'Lampang Rajabhat University',
    });
    expect(contact).toEqual({ ok: true, id: 'C-0001' });
  });

  it('answers a bad record with problems per field and adds nothing', () => {
    const { sidebar, workbook } = api();
    sidebar.setupOrRepair('en');
    const result = sidebar.addRecord('activity', {
      title: 'Meeting',
      date: 'not a date',
      partner_ids: 'P-0001',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.column)).toContain('date');
    expect(workbook.readValues('Activities')).toHaveLength(1);
  });

  it('keeps the pairing token until it is rotated', () => {
    const { sidebar } = api();
    const first = sidebar.getPairing();
    expect(sidebar.getPairing()).toEqual(first);
    expect(sidebar.rotatePairingToken().token).not.toBe(first.token);
    expect(decodePairingCode(first.code)).toEqual({
      ok: true,
      value: { endpoint: first.endpoint, token: first.token },
    });
  });

  it('refuses settings whose weights do not add up to 100, and saves good ones', () => {
    const { sidebar } = api();
    sidebar.setupOrRepair('en');
    expect(() =>
      sidebar.saveSettings({ ...DEFAULT_SETTINGS, weights: { ...DEFAULT_SETTINGS.weights, recency: 99 } }),
    ).toThrow(/100/);
    expect(sidebar.saveSettings({ ...DEFAULT_SETTINGS, stale_days: 200 }).stale_days).toBe(200);
    expect(sidebar.getSettings().stale_days).toBe(200);
  });

  it('switching language relabels choices and can be undone from its snapshot', () => {
    const { sidebar, workbook } = api();
    sidebar.setupOrRepair('th');
    sidebar.addRecord('partner', { name: 'วัดสวนดอก', sector: 'religious' });
    const before = workbook.readValues('ภาคีเครือข่าย');
    const report = sidebar.setupOrRepair('en');
    expect(workbook.readValues('Partners')[1][2]).toBe('Temple, religious body');
    expect(sidebar.listSnapshots()[0]).toMatchObject({ id: report.snapshotId, action: 'language' });
    sidebar.restoreSnapshot(report.snapshotId!);
    expect(workbook.readValues('ภาคีเครือข่าย')).toEqual(before);
    expect(sidebar.getHome().language).toBe('th');
    expect(workbook.listSheets().map((s) => s.name)).toEqual(
      expect.arrayContaining(['ตั้งค่า', 'รายการตัวเลือก']),
    );
  });
});

describe('onEdit', () => {
  it('gives an id to a row typed by hand and repairs its Buddhist Era date, touching only that row', () => {
    const { sidebar, workbook } = api();
    sidebar.setupOrRepair('en');
    const header = workbook.readValues('Activities')[0];
    const row = header.map((h) => (h === 'Date' ? '2568-01-10' : h === 'Activity' ? 'Typed by hand' : null));
    workbook.writeValues('Activities', 2, 1, [row]);
    const changes = onEditRows(workbook, interimFormulaLayer, { sheet: 'Activities', fromRow: 2, toRow: 2 });
    expect(changes.map((c) => c.code)).toEqual(['ids.given', 'dates.be_repaired']);
    const line = workbook.readValues('Activities')[1];
    expect(line[header.indexOf('ID')]).toBe('A-0001');
    expect(line[header.indexOf('Date')]).toBe('2025-01-10');
    expect(sidebar.addRecord('activity', { title: 'Next', date: '2025-02-01' })).toEqual({
      ok: true,
      id: 'A-0002',
    });
  });
});
