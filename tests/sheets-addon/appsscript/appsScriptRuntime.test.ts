import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePairingCode } from '../../../shared/capture/pairing';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings/settings';
import { DISTRICT, SCHOOL } from '../../../sheets-addon/build/buildAddon';
import { type AppsScriptDouble, createAppsScriptDouble } from '../../doubles/appsScriptDouble';
import { BROWSER_AND_NODE_GLOBALS, loadInAppsScript } from '../../doubles/appsScriptRuntime';
import { districtCode, schoolCode, schoolRegister } from './builtBundles';

type Sheet = AppsScriptDouble['spreadsheet']['sheets'][number];

const TOKEN = 'ab'.repeat(20);

function sheetNamed(double: AppsScriptDouble, name: string): Sheet {
  const sheet = double.spreadsheet.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The 1-based column whose header reads `header`. */
function columnOf(sheet: Sheet, header: string): number {
  const index = sheet.cells[0].findIndex((cell) => cell.value === header);
  if (index < 0) throw new Error(`no column ${header} on ${sheet.name}`);
  return index + 1;
}

function capture(n: number) {
  return {
    id: `6f1d2c3b-0000-4000-8000-00000000000${n}`,
    kind: 'partner',
    captured_at: '2026-11-25T08:00:00.000Z',
    source_url: 'https://www.maeram.go.th/contact',
    fields: { name: `องค์การบริหารส่วนตำบลแม่แรม ${n}`, phone: ['053-121-456'] },
  };
}

function post(script: Awaited<ReturnType<typeof schoolRegister>>['script'], body: unknown) {
  return JSON.parse(
    script.run<{ content: string }>('webApp', 'doPost', { postData: { contents: JSON.stringify(body) } })
      .content,
  );
}

describe('the strict Apps Script runtime', () => {
  it('holds only what Apps Script V8 has: no browser or Node global', async () => {
    const { script } = await schoolRegister();
    for (const name of BROWSER_AND_NODE_GLOBALS) expect(script.typeOf(name), name).toBe('undefined');
    for (const name of ['JSON', 'Intl', 'Math', 'SpreadsheetApp', 'LockService', 'console'])
      expect(script.typeOf(name), name).toBe('object');
  });
});

describe('the school register, run as Apps Script runs it', () => {
  it('sets up twice: the second Set up / repair reads the Settings sheet without structuredClone', async () => {
    const { script, double } = await schoolRegister();
    script.run('sidebar', 'setupOrRepair', 'th');
    const second = script.run<{ changes: unknown[] }>('sidebar', 'setupOrRepair', 'th');
    expect(second.changes).toEqual([]);
    expect(double.isLocked()).toBe(false);
  });

  it('repairs after a scramble: a deleted header and a renamed tab come back', async () => {
    const { script, double } = await schoolRegister();
    script.run('sidebar', 'setupOrRepair', 'en');
    const partners = sheetNamed(double, 'Partners');
    partners.cells[0][columnOf(partners, 'Website') - 1].value = '';
    sheetNamed(double, 'Contacts').name = 'people';
    const report = script.run<{ changes: { code: string }[] }>('sidebar', 'setupOrRepair', 'en');
    expect(report.changes.length).toBeGreaterThan(0);
    expect(columnOf(sheetNamed(double, 'Partners'), 'Website')).toBeGreaterThan(0);
    expect(double.spreadsheet.sheets.map((s) => s.name)).toContain('Contacts');
  });

  it('adds, imports and undoes the import, keeping the partner added by hand', async () => {
    const { script, double } = await schoolRegister();
    script.run('sidebar', 'setupOrRepair', 'en');
    expect(script.run('sidebar', 'addRecord', 'partner', { name: 'วัดสวนดอก', sector: 'religious' })).toEqual({
      ok: true,
      id: 'P-0001',
    });
    const csv = 'name,sector\nโรงเรียนบ้านแม่แรม,school\nเทศบาลตำบลแม่แรม,local_gov\n';
    const request = { tab: 'partners', source: { csv }, choices: {} };
    expect(script.run<{ rejected: unknown[] }>('sidebar', 'previewImport', request).rejected).toEqual([]);
    const outcome = script.run<{ added: string[]; snapshotId: string }>('sidebar', 'confirmImport', request);
    expect(outcome.added).toEqual(['P-0002', 'P-0003']);
    script.run('sidebar', 'restoreSnapshot', outcome.snapshotId);
    const partners = sheetNamed(double, 'Partners');
    const names = partners.cells.slice(1).map((line) => line[columnOf(partners, 'Partner name') - 1]?.value);
    expect(names.filter((name) => name !== '')).toEqual(['วัดสวนดอก']);
  });

  it('opens and saves Settings', async () => {
    const { script } = await schoolRegister();
    script.run('sidebar', 'setupOrRepair', 'th');
    const settings = script.run<Settings>('sidebar', 'getSettings');
    expect(settings.stale_days).toBe(DEFAULT_SETTINGS.stale_days);
    script.run('sidebar', 'saveSettings', { ...settings, stale_days: 200 });
    expect(script.run<Settings>('sidebar', 'getSettings').stale_days).toBe(200);
  });

  it('switches language to English and back through the undo of the switch', async () => {
    const { script, double } = await schoolRegister();
    script.run('sidebar', 'setupOrRepair', 'th');
    script.run('sidebar', 'addRecord', 'partner', { name: 'วัดสวนดอก', sector: 'religious' });
    const report = script.run<{ snapshotId: string }>('sidebar', 'setupOrRepair', 'en');
    expect(double.spreadsheet.sheets.map((s) => s.name)).toContain('Partners');
    script.run('sidebar', 'restoreSnapshot', report.snapshotId);
    expect(double.spreadsheet.sheets.map((s) => s.name)).toContain('ภาคีเครือข่าย');
    expect(script.run<{ language: string }>('sidebar', 'getHome').language).toBe('th');
  });

  it('builds its menu under Extensions, as a published editor add-on must', async () => {
    const { script, double } = await schoolRegister({ locale: 'th_TH' });
    script.run('simpleTrigger', 'onOpen', { authMode: 'NONE' });
    expect(double.ui.menus).toHaveLength(1);
    expect(double.ui.menus[0]).toMatchObject({ kind: 'addon', addedToUi: true });
    expect(double.ui.menus[0].items[0].label).toBe('ตั้งค่า / ซ่อมแซมทะเบียน');
  });

  it('stamps the Summary with the day the spreadsheet shows (Bangkok), not the UTC day, at 01:30', async () => {
    const { script, double } = await schoolRegister();
    script.run('sidebar', 'setupOrRepair', 'en');
    double.world.now = Date.UTC(2026, 10, 24, 18, 30); // 2026-11-25 01:30 in Bangkok
    script.run('sidebar', 'menuSummary');
    const texts = sheetNamed(double, 'Summary')
      .cells.flat()
      .map((cell) => String(cell.value));
    expect(texts.some((text) => text.includes('25 Nov 2026'))).toBe(true);
    expect(texts.some((text) => text.includes('24 Nov 2026'))).toBe(false);
  });

  it('shows a whole number in a number column without a bare decimal point', async () => {
    const { script, double } = await schoolRegister();
    script.run('sidebar', 'setupOrRepair', 'en');
    const indicators = sheetNamed(double, 'Indicators');
    const format = indicators.formatAt(2, columnOf(indicators, 'Target'));
    expect(double.displayed(5, format ?? '')).not.toMatch(/\.$/);
    expect(double.displayed(3.25, format ?? '')).toBe('3.25');
  });
});

describe('pairing in real Google', () => {
  it('never hands the extension the /dev URL a sidebar sees: it asks for the /exec URL instead', async () => {
    const { script } = await schoolRegister();
    script.run('sidebar', 'setupOrRepair', 'en');
    const pairing = script.run<{ endpoint: string; code: string; needsWebAppUrl?: boolean }>(
      'sidebar',
      'getPairing',
    );
    expect(pairing.endpoint).not.toMatch(/\/dev$/);
    expect(pairing).toMatchObject({ code: '', needsWebAppUrl: true });
  });

  it('refuses a /dev or foreign URL with a reason in Thai and English, and keeps the pasted /exec URL', async () => {
    const { script, double } = await schoolRegister();
    script.run('sidebar', 'setupOrRepair', 'en');
    expect(() => script.run('sidebar', 'setWebAppUrl', double.deployment.dev)).toThrow(/\/dev.*\/exec/s);
    expect(() => script.run('sidebar', 'setWebAppUrl', 'https://example.com/exec')).toThrow(
      /เว็บแอป.*web app/s,
    );
    const pairing = script.run<{ code: string; token: string }>(
      'sidebar',
      'setWebAppUrl',
      ` ${double.deployment.exec} `,
    );
    expect(double.properties['netreg.web_app_url']).toBe(double.deployment.exec);
    expect(decodePairingCode(pairing.code)).toEqual({
      ok: true,
      value: { endpoint: double.deployment.exec, token: pairing.token },
    });
  });

  it('accepts a Workspace domain web app URL', async () => {
    const { script } = await schoolRegister();
    script.run('sidebar', 'setupOrRepair', 'en');
    const url = 'https://script.google.com/a/macros/school.ac.th/s/AKfycbAbcdefghijkl/exec';
    expect(script.run<{ endpoint: string }>('sidebar', 'setWebAppUrl', url).endpoint).toBe(url);
  });
});

describe('the web app (doPost), where there is no document lock', () => {
  async function pairedRegister() {
    const register = await schoolRegister();
    register.script.run('sidebar', 'setupOrRepair', 'th');
    register.double.properties['netreg.pairing_token'] = TOKEN;
    register.double.properties['netreg.web_app_url'] = register.double.deployment.exec;
    register.double.log.reset();
    return register;
  }

  it('adds a capture batch under the script lock, and answers its retry as a duplicate', async () => {
    const { script, double } = await pairedRegister();
    const batch = { version: 1, token: TOKEN, captures: [capture(1), capture(2)] };
    expect(post(script, batch)).toMatchObject({
      ok: true,
      results: [
        { outcome: 'added', row_id: 'P-0001' },
        { outcome: 'added', row_id: 'P-0002' },
      ],
    });
    expect(double.log.calls.filter((c) => c.method === 'waitLock').map((c) => c.target)).toEqual(['script']);
    expect(post(script, batch).results.map((r: { outcome: string }) => r.outcome)).toEqual([
      'duplicate',
      'duplicate',
    ]);
    expect(double.isLocked()).toBe(false);
  });

  it('commits its rows (SpreadsheetApp.flush) before it releases the lock', async () => {
    const { script, double } = await pairedRegister();
    post(script, { version: 1, token: TOKEN, captures: [capture(1)] });
    script.run('sidebar', 'addRecord', 'partner', { name: 'วัดสวนดอก' });
    expect(double.world.releasedUnflushed).toEqual([]);
  });

  it('answers "busy" only when the lock is not obtained in time', async () => {
    const { script, double } = await pairedRegister();
    double.holdLock('script', true);
    const reply = post(script, { version: 1, token: TOKEN, captures: [capture(1)] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'capture.busy' } });
  });

  it('rejects each capture with a reason, logged, when the spreadsheet itself fails: retrying would not help', async () => {
    const { script, double } = await pairedRegister();
    double.spreadsheet.getSheetByName = () => {
      throw new Error('Service Spreadsheets failed while accessing document with id 1Double.');
    };
    const reply = post(script, { version: 1, token: TOKEN, captures: [capture(1)] });
    expect(reply.ok).toBe(true);
    expect(reply.results[0]).toMatchObject({ outcome: 'rejected', reason: { code: 'capture.failed' } });
    expect(reply.results[0].reason.message.en).toMatch(/Service Spreadsheets failed/);
    expect(double.logged.join('\n')).toMatch(/^error: .*Service Spreadsheets failed/m);
  });
});

describe('onEdit, while the person goes on typing', () => {
  async function contactsRegister() {
    const { script, double } = await schoolRegister();
    script.run('sidebar', 'setupOrRepair', 'en');
    const sheet = sheetNamed(double, 'Contacts');
    return { script, double, sheet };
  }

  it('keeps a phone typed into the same row between the trigger reading and writing, and gives the id', async () => {
    const { script, double, sheet } = await contactsRegister();
    const name = columnOf(sheet, 'Contact name');
    const phone = columnOf(sheet, 'Phone');
    const channel = columnOf(sheet, 'Preferred channel');
    sheet.typed(2, name, 'ครูสมศรี ใจงาม');
    sheet.typed(2, channel, 'อีเมล');
    // The trigger has read row 2; the person now types the phone, before the trigger writes.
    double.log.afterNext('getFormulas', 'Contacts', () => sheet.typed(2, phone, "'081-234-5678"), 2);
    script.run('simpleTrigger', 'onEdit', { range: sheet.getRange(2, channel) });
    expect(sheet.cells[1][columnOf(sheet, 'ID') - 1].value).toBe('C-0001');
    expect(sheet.cells[1][phone - 1].value).toBe('081-234-5678');
    expect(sheet.cells[1][name - 1].value).toBe('ครูสมศรี ใจงาม');
    expect(sheet.cells[1][channel - 1].value).toBe('Email');
  });

  it('does not normalise a choice the person has changed again since the trigger read it', async () => {
    const { script, double, sheet } = await contactsRegister();
    const name = columnOf(sheet, 'Contact name');
    const channel = columnOf(sheet, 'Preferred channel');
    sheet.typed(2, name, 'ครูสมศรี ใจงาม');
    sheet.typed(2, channel, 'อีเมล');
    double.log.afterNext('getFormulas', 'Contacts', () => sheet.typed(2, channel, 'something else'), 2);
    script.run('simpleTrigger', 'onEdit', { range: sheet.getRange(2, channel) });
    expect(sheet.cells[1][channel - 1].value).toBe('something else');
    expect(sheet.cells[1][columnOf(sheet, 'ID') - 1].value).toBe('C-0001');
  });

  it('still normalises a choice nobody touched since: the Thai label becomes the English one', async () => {
    const { script, sheet } = await contactsRegister();
    const channel = columnOf(sheet, 'Preferred channel');
    sheet.typed(2, columnOf(sheet, 'Contact name'), 'ครูสมศรี ใจงาม');
    sheet.typed(2, channel, 'อีเมล');
    script.run('simpleTrigger', 'onEdit', { range: sheet.getRange(2, channel) });
    expect(sheet.cells[1][channel - 1].value).toBe('Email');
  });
});

describe('two bundles: the school register and the district office workbook', () => {
  const manifest = (path: string) =>
    JSON.parse(readFileSync(path, 'utf8')) as { oauthScopes: string[]; dependencies?: unknown };

  it("asks a school only for its own spreadsheet and the sidebar; the district's scopes live in its own manifest", () => {
    expect(manifest(SCHOOL.manifest).oauthScopes.sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(manifest(SCHOOL.manifest).dependencies).toBeUndefined();
    expect(manifest(DISTRICT.manifest).oauthScopes).toEqual(
      expect.arrayContaining([
        'https://www.googleapis.com/auth/spreadsheets.readonly',
        'https://www.googleapis.com/auth/script.scriptapp',
      ]),
    );
  });

  it('keeps the roll-up and its time-driven trigger out of the school bundle (an add-on trigger has no active spreadsheet)', async () => {
    const school = await schoolCode();
    expect(school.exports.filter((name) => /district|Trigger/i.test(name))).toEqual([]);
    const district = await districtCode();
    expect(district.exports.sort()).toEqual([
      'districtContinueTrigger',
      'menuDistrictAutoContinue',
      'menuDistrictContinue',
      'menuDistrictRollup',
      'onOpen',
    ]);
  });

  it('gives the district workbook a menu of its own and says, in Thai and English, when the Sheets API service is off', async () => {
    const double = createAppsScriptDouble({ locale: 'en_GB' });
    const script = loadInAppsScript((await districtCode()).code, double);
    script.run('simpleTrigger', 'onOpen');
    expect(double.ui.menus[0]).toMatchObject({ kind: 'top', title: 'Network Register', addedToUi: true });
    expect(() => script.run('sidebar', 'menuDistrictRollup')).toThrow(/Sheets API.*Sheets API/s);
    expect(() => script.run('sidebar', 'menuDistrictRollup')).not.toThrow(ReferenceError);
  });
});
