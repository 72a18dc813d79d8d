import { describe, expect, it } from 'vitest';
import { networkFigures } from '../../../../shared/rollup/networkFigures';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/settings';
import { SheetsRegisterReader } from '../../../../sheets-addon/appsscript/sheetsRegisterReader';
import { SheetsWorkbook } from '../../../../sheets-addon/appsscript/sheetsWorkbook';
import { CHECKPOINT_SHEET } from '../../../../sheets-addon/core/district/checkpointStore';
import {
  continueDistrictRollup,
  type DistrictOptions,
  startDistrictRollup,
} from '../../../../sheets-addon/core/district/runDistrictRollup';
import { createAppsScriptDouble } from '../../../doubles/appsScriptDouble';
import { syntheticRegister } from '../../../shared/rollup/syntheticRegister';
import { createSheetsApiDouble, type ServedSpreadsheet } from './sheetsApiDouble';

const AS_OF = '2026-03-31';
const id = (n: number) => `1${String(n).padStart(43, 'r')}`;

function setUp(schools: number) {
  const files = new Map<string, ServedSpreadsheet>();
  for (let i = 0; i < schools; i++) {
    const language = i % 3 === 2 ? 'en' : 'th';
    files.set(id(i), {
      tabs: syntheticRegister({
        seed: i + 1,
        partners: 30,
        activities: 120,
        language,
        asOf: AS_OF,
        serialDates: true,
      }),
      shared: true,
    });
  }
  const apps = createAppsScriptDouble();
  const sheets = createSheetsApiDouble((key) => files.get(key));
  const workbook = new SheetsWorkbook({
    spreadsheet:
      apps.SpreadsheetApp.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    spreadsheetApp: apps.SpreadsheetApp as unknown as ConstructorParameters<
      typeof SheetsWorkbook
    >[0]['spreadsheetApp'],
    properties:
      apps.PropertiesService.getDocumentProperties() as unknown as GoogleAppsScript.Properties.Properties,
    lock: apps.LockService.getDocumentLock() as unknown as GoogleAppsScript.Lock.Lock,
    utilities: apps.Utilities as unknown as ConstructorParameters<typeof SheetsWorkbook>[0]['utilities'],
  });
  let time = 0;
  const ports = {
    workbook,
    reader: new SheetsRegisterReader(sheets.api),
    charts: null,
    clock: () => time,
    now: () => `${AS_OF}T09:00:00.000Z`,
  };
  const advance = (ms: number) => {
    time += ms;
  };
  return { files, apps, sheets, workbook, ports, advance, resetClock: () => (time = 0) };
}

const options: DistrictOptions = {
  settings: { ...DEFAULT_SETTINGS, as_of: AS_OF },
  language: 'en',
  networkFiguresOf: networkFigures,
  budgetMs: 10_000,
  checkpointEvery: 4,
};

function list(setup: ReturnType<typeof setUp>, rows: [string, string][]) {
  startDistrictRollup(setup.ports, options); // creates the District tab
  setup.workbook.writeValues('District', 3, 1, rows);
  setup.apps.log.reset();
  setup.sheets.log.reset();
}

describe('the district roll-up over the recording double of Apps Script', () => {
  it('reads every register in three service calls and writes the District tab in a fixed number', () => {
    const setup = setUp(12);
    list(
      setup,
      Array.from({ length: 12 }, (_, i) => [
        `School ${i}`,
        `https://docs.google.com/spreadsheets/d/${id(i)}/edit`,
      ]),
    );
    const progress = startDistrictRollup(setup.ports, options);
    expect(progress).toMatchObject({ finished: true, readable: 12 });
    expect(setup.sheets.log.calls).toHaveLength(36);
    const officerCalls = setup.apps.log.dataCalls().length;
    const grid = setup.workbook.readValues('District');
    expect(grid[1][2]).toBe('12 of 12 schools read');
    expect(grid.slice(2).every((row) => typeof row[5] === 'number')).toBe(true);

    const bigger = setUp(24);
    list(
      bigger,
      Array.from({ length: 24 }, (_, i) => [`School ${i}`, id(i)]),
    );
    startDistrictRollup(bigger.ports, options);
    // Twice the schools: the same writes, plus one more checkpoint per four schools.
    expect(bigger.apps.log.dataCalls().length - officerCalls).toBe(3);
  });

  it('gives a private or missing register a status and goes on', () => {
    const setup = setUp(3);
    const file = setup.files.get(id(1));
    if (file) file.shared = false;
    list(setup, [
      ['A', id(0)],
      ['B', id(1)],
      ['C', id(2)],
      ['D', id(99)],
    ]);
    expect(startDistrictRollup(setup.ports, options)).toMatchObject({
      finished: true,
      readable: 2,
      total: 4,
    });
    const status = setup.workbook
      .readValues('District')
      .slice(2)
      .map((row) => row[2]);
    expect(status[1]).toContain('No access');
    expect(status[3]).toContain('not found');
  });

  it('resumes across executions without reading or counting a school twice', () => {
    const setup = setUp(10);
    list(
      setup,
      Array.from({ length: 10 }, (_, i) => [`School ${i}`, id(i)]),
    );
    const original = setup.sheets.api.Spreadsheets.get;
    setup.sheets.api.Spreadsheets.get = (key, args) => {
      setup.advance(3_000); // each register costs 3 s of the 10 s budget
      return original(key, args);
    };
    let executions = 1;
    let progress = startDistrictRollup(setup.ports, options);
    while (!progress.finished) {
      setup.resetClock();
      progress = continueDistrictRollup(setup.ports, options);
      executions++;
    }
    expect(executions).toBe(3);
    expect(setup.sheets.log.calls.filter((call) => call.method === 'get')).toHaveLength(10);
    expect(setup.workbook.readValues(CHECKPOINT_SHEET)).toHaveLength(11);
    const grid = setup.workbook.readValues('District');
    const partners = grid.slice(2).map((row) => row[5] as number);
    expect(grid[1][5]).toBe(partners.reduce((a, b) => a + b, 0));
  });
});
