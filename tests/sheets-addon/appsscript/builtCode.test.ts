import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../../sheets-addon/appsscript/menu';
import { buildAddon } from '../../../sheets-addon/build/buildAddon';
import { SIDEBAR_METHODS } from '../../../sheets-addon/core/sidebarMethods';
import { createAppsScriptDouble } from '../../doubles/appsScriptDouble';
import { loadInAppsScript } from '../../doubles/appsScriptRuntime';

const TRIGGERS = ['onOpen', 'onInstall', 'onEdit', 'doGet', 'doPost'];

let code = '';
let sidebarHtml = '';
let exported: string[] = [];

/** Loads Code.js the way Apps Script does: one global scope, only Apps Script's globals. */
function load(double = createAppsScriptDouble()) {
  const { context } = loadInAppsScript(code, double);
  return { context, double };
}

beforeAll(async () => {
  const { exports, outDir } = await buildAddon();
  exported = exports;
  code = await readFile(join(outDir, 'Code.js'), 'utf8');
  sidebarHtml = await readFile(join(outDir, 'Sidebar.html'), 'utf8');
}, 60_000);

describe('the built Code.js', () => {
  it('exports every trigger, menu item and sidebar target', () => {
    const menuFunctions = MENU_ITEMS.map((item) => item.fn);
    expect(exported).toEqual(expect.arrayContaining([...TRIGGERS, ...menuFunctions, ...SIDEBAR_METHODS]));
  });

  it('ships the sidebar as one self-contained HTML file: no script, style or image fetched from elsewhere', () => {
    expect(sidebarHtml).toMatch(/^<!doctype html>/i);
    expect(sidebarHtml).not.toMatch(/<script[^>]+src=/i);
    expect(sidebarHtml).not.toMatch(/<link[^>]+rel=["']?stylesheet/i);
    expect(sidebarHtml).not.toMatch(/<img[^>]+src=["']?https?:/i);
  });

  it('serves the sidebar from the menu still starting with its doctype, the view set inside the head', () => {
    const { context, double } = load();
    const served: { content: string; title?: string }[] = [];
    context.HtmlService = {
      createHtmlOutputFromFile: (name: string) => {
        expect(name).toBe('Sidebar');
        return { getContent: () => sidebarHtml };
      },
      createHtmlOutput: (content: string) => {
        const output = {
          content,
          setTitle: (title: string) => Object.assign(output, { title }),
          setWidth: () => output,
        };
        served.push(output);
        return output;
      },
    };
    (context.openSidebar as () => void)();
    expect(double.ui.sidebars).toEqual(served);
    expect(served).toHaveLength(1);
    expect(served[0].content).toMatch(/^<!doctype html>/i);
    expect(served[0].content).toMatch(/<head>\s*<script>window\.NETREG_VIEW="home";<\/script>/);
  });

  it('declares each exported name as a real top-level function when loaded without modules', () => {
    const { context } = load();
    expect(context.require).toBeUndefined();
    for (const name of exported) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
      expect(typeof context[name], name).toBe('function');
    }
  });

  it('builds the Thai menu on open for a Thai user, touching no document, property or lock', () => {
    const { context, double } = load(createAppsScriptDouble({ locale: 'th_TH' }));
    (context.onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    const [menu] = double.ui.menus;
    expect(menu.kind).toBe('addon');
    expect(menu.items[0].label).toBe('ตั้งค่า / ซ่อมแซมทะเบียน');
    expect(menu.addedToUi).toBe(true);
    expect(menu.items.map((item) => item.functionName)).toEqual(
      expect.arrayContaining(MENU_ITEMS.map((item) => item.fn)),
    );
    for (const item of menu.items) expect(typeof context[item.functionName]).toBe('function');
    expect(double.log.calls).toEqual([]);
  });

  it('still builds the menu, in Thai, if the authorization mode refuses even the locale', () => {
    const double = createAppsScriptDouble();
    double.Session.getActiveUserLocale = () => {
      throw new Error('You do not have permission to call getActiveUserLocale');
    };
    const { context } = load(double);
    (context.onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    expect(double.ui.menus[0]).toMatchObject({ kind: 'addon', addedToUi: true });
    expect(double.ui.menus[0].items[0].label).toBe('ตั้งค่า / ซ่อมแซมทะเบียน');
  });

  it('builds the English menu for any other locale', () => {
    const { context, double } = load(createAppsScriptDouble({ locale: 'en_GB' }));
    (context.onOpen as () => void)();
    expect(double.ui.menus[0].items[0].label).toBe('Set up / repair register');
  });

  it('runs a sidebar target end to end: setup through google.script.run turns the spreadsheet into a register', () => {
    const { context, double } = load();
    const report = (context.setupOrRepair as (language: string) => { changes: unknown[] })('th');
    expect(report.changes).toEqual([]);
    expect(double.spreadsheet.sheets.map((sheet) => sheet.name)).toContain('ภาคีเครือข่าย');
    expect(double.isLocked()).toBe(false);
  });

  it('answers the extension through doPost: a capture becomes a partner row, and its retry a duplicate', () => {
    const { context, double } = load();
    (context.setupOrRepair as (language: string) => unknown)('th');
    const token = 'ab'.repeat(20);
    double.properties['netreg.pairing_token'] = token;
    const capture = {
      id: '6f1d2c3b-0000-4000-8000-000000000001',
      kind: 'partner',
      captured_at: '2026-11-25T08:00:00.000Z',
      source_url: 'https://www.maeram.go.th/contact',
      fields: { name: 'องค์การบริหารส่วนตำบลแม่แรม', phone: ['053-121-456'] },
    };
    const post = () =>
      JSON.parse(
        (context.doPost as (e: unknown) => { content: string })({
          postData: { contents: JSON.stringify({ version: 1, token, captures: [capture] }) },
        }).content,
      );
    const first = post();
    expect(first).toMatchObject({ ok: true, results: [{ outcome: 'added', row_id: 'P-0001' }] });
    expect(post().results[0].outcome).toBe('duplicate');
    const wrong = JSON.parse(
      (context.doPost as (e: unknown) => { content: string })({
        postData: { contents: JSON.stringify({ version: 1, token: 'cd'.repeat(20), captures: [capture] }) },
      }).content,
    );
    expect(wrong.ok).toBe(false);
    const get = (parameter: Record<string, string>) =>
      JSON.parse((context.doGet as (e: unknown) => { content: string })({ parameter }).content);
    expect(get({ op: 'ping', token })).toMatchObject({ ok: true, register: 'ทะเบียนเครือข่าย โรงเรียนทดสอบ' });
    expect(get({ op: 'index', token }).partners.map((p: { id: string }) => p.id)).toEqual(['P-0001']);
  });

  it('gives an id to a row typed by hand when the onEdit trigger fires, in one read-and-write', () => {
    const { context, double } = load();
    (context.setupOrRepair as (language: string) => unknown)('en');
    const sheet = double.spreadsheet.sheets.find((s) => s.name === 'Contacts')!;
    const nameColumn = sheet.cells[0].findIndex((cell) => cell.value === 'Contact name') + 1;
    sheet.cell(2, nameColumn).value = 'ครูสมศรี ใจงาม';
    double.log.reset();
    (context.onEdit as (e: unknown) => void)({ range: sheet.getRange(2, nameColumn) });
    expect(sheet.cells[1][0].value).toBe('C-0001');
    expect(double.log.byMethod().setValues).toBe(1);
  });
});
