import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  districtContinueTrigger,
  menuDistrictAutoContinue,
  menuDistrictContinue,
  menuDistrictRollup,
} from '../../../../sheets-addon/appsscript/districtEntry';
import { createAppsScriptDouble } from '../../../doubles/appsScriptDouble';
import { syntheticRegister } from '../../../shared/rollup/syntheticRegister';
import { createSheetsApiDouble, type ServedSpreadsheet } from './sheetsApiDouble';

const id = (n: number) => `1${String(n).padStart(43, 'e')}`;
const globals = globalThis as Record<string, unknown>;
const NAMES = [
  'SpreadsheetApp',
  'PropertiesService',
  'LockService',
  'Utilities',
  'Session',
  'Sheets',
  'Charts',
  'ScriptApp',
];

let apps: ReturnType<typeof createAppsScriptDouble>;
let scopes: string[][];
let triggers: { handler: string; everyHours: number }[];
let charts: { title: unknown }[];
let toasts: string[];

beforeEach(() => {
  apps = createAppsScriptDouble({ locale: 'en_GB' });
  const files = new Map<string, ServedSpreadsheet>();
  for (let i = 0; i < 3; i++) {
    files.set(id(i), {
      tabs: syntheticRegister({
        seed: i + 1,
        partners: 20,
        activities: 60,
        language: 'th',
        asOf: '2026-03-31',
        serialDates: true,
      }),
      shared: true,
    });
  }
  scopes = [];
  triggers = [];
  charts = [];
  toasts = [];
  // The spreadsheet double has no charts; give each sheet just the chart surface the adapter uses.
  const spreadsheet = new Proxy(apps.spreadsheet, {
    get(target, key) {
      if (key === 'toast') return (message: string) => toasts.push(message);
      if (key !== 'getSheetByName') return Reflect.get(target, key);
      return (name: string) => {
        const sheet = target.getSheetByName(name);
        if (!sheet) return null;
        return Object.assign(sheet, {
          getCharts: () => [],
          removeChart: () => {},
          insertChart: (chart: { title: unknown }) => charts.push(chart),
          newChart: () => {
            const options: Record<string, unknown> = {};
            const builder = {
              setChartType: () => builder,
              addRange: () => builder,
              setNumHeaders: () => builder,
              setPosition: () => builder,
              setOption(key: string, value: unknown) {
                options[key] = value;
                return builder;
              },
              build: () => ({ title: options.title }),
            };
            return builder;
          },
        });
      };
    },
  });
  Object.assign(globals, {
    SpreadsheetApp: { ...apps.SpreadsheetApp, getActiveSpreadsheet: () => spreadsheet },
    PropertiesService: apps.PropertiesService,
    LockService: apps.LockService,
    Utilities: apps.Utilities,
    Session: apps.Session,
    Sheets: createSheetsApiDouble((key) => files.get(key)).api,
    Charts: { ChartType: { BAR: 'BAR', COLUMN: 'COLUMN', PIE: 'PIE' } },
    ScriptApp: {
      AuthMode: { FULL: 'FULL' },
      requireScopes: (_mode: string, wanted: string[]) => scopes.push(wanted),
      getProjectTriggers: () =>
        triggers.map((trigger) => ({ getHandlerFunction: () => trigger.handler, trigger })),
      newTrigger: (handler: string) => ({
        timeBased: () => ({
          everyHours: (hours: number) => ({ create: () => triggers.push({ handler, everyHours: hours }) }),
        }),
      }),
      deleteTrigger: (found: { trigger: { handler: string; everyHours: number } }) =>
        triggers.splice(triggers.indexOf(found.trigger), 1),
    },
  });
});

afterEach(() => {
  for (const name of NAMES) delete globals[name];
});

describe('the district roll-up’s Apps Script entry points', () => {
  it('asks for the read scope when first run, then fills the District tab with charts', () => {
    menuDistrictRollup();
    expect(scopes).toEqual([['https://www.googleapis.com/auth/spreadsheets.readonly']]);
    expect(toasts[0]).toContain('No schools listed yet');
    const sheet = apps.spreadsheet.getSheetByName('District');
    if (!sheet) throw new Error('no District tab');
    sheet.getRange(3, 1, 3, 2).setValues([0, 1, 2].map((i) => [`School ${i}`, id(i)]));
    menuDistrictRollup();
    expect(toasts[1]).toBe('District roll-up finished: 3 of 3 registers read');
    expect(charts.map((chart) => chart.title)).toContain('Partners per school');
    menuDistrictContinue();
    expect(toasts[2]).toContain('No district roll-up is in progress');
  });

  it('continues every hour through a trigger that removes itself when the roll-up is done', () => {
    menuDistrictRollup();
    apps.spreadsheet
      .getSheetByName('District')
      ?.getRange(3, 1, 1, 2)
      .setValues([['School', id(0)]]);
    menuDistrictAutoContinue();
    expect(scopes).toContainEqual([
      'https://www.googleapis.com/auth/spreadsheets.readonly',
      'https://www.googleapis.com/auth/script.scriptapp',
    ]);
    expect(triggers).toEqual([{ handler: 'districtContinueTrigger', everyHours: 1 }]);
    menuDistrictAutoContinue();
    expect(triggers).toHaveLength(1);
    districtContinueTrigger();
    expect(triggers).toEqual([]);
  });
});
