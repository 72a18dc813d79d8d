import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../../sheets-addon/appsscript/menu';
import { buildAddon } from '../../../sheets-addon/build/buildAddon';
import { createAppsScriptDouble } from '../../doubles/appsScriptDouble';

/** Every method of the SidebarApi contract: each must be a google.script.run target. */
const SIDEBAR_TARGETS = [
  'getHome',
  'searchPartners',
  'checkDuplicate',
  'addRecord',
  'previewImport',
  'confirmImport',
  'exportCsv',
  'getSettings',
  'saveSettings',
  'setupOrRepair',
  'getPairing',
  'rotatePairingToken',
  'listSnapshots',
  'restoreSnapshot',
];
const TRIGGERS = ['onOpen', 'onInstall', 'onEdit', 'doGet', 'doPost'];

let code = '';
let exported: string[] = [];

/** Loads Code.js the way Apps Script does: one global scope, no require, module or process. */
function load(double = createAppsScriptDouble()) {
  const context = vm.createContext({
    SpreadsheetApp: double.SpreadsheetApp,
    PropertiesService: double.PropertiesService,
    LockService: double.LockService,
    Utilities: double.Utilities,
    Session: double.Session,
  });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return { context: context as Record<string, unknown>, double };
}

beforeAll(async () => {
  const { exports, outDir } = await buildAddon();
  exported = exports;
  code = await readFile(join(outDir, 'Code.js'), 'utf8');
}, 60_000);

describe('the built Code.js', () => {
  it('exports every trigger, menu item and sidebar target', () => {
    const menuFunctions = MENU_ITEMS.map((item) => item.fn);
    expect(exported).toEqual(expect.arrayContaining([...TRIGGERS, ...menuFunctions, ...SIDEBAR_TARGETS]));
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
    expect(menu.title).toBe('ทะเบียนเครือข่าย');
    expect(menu.addedToUi).toBe(true);
    expect(menu.items.map((item) => item.functionName)).toEqual(
      expect.arrayContaining(MENU_ITEMS.map((item) => item.fn)),
    );
    for (const item of menu.items) expect(typeof context[item.functionName]).toBe('function');
    expect(double.log.calls).toEqual([]);
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
});
