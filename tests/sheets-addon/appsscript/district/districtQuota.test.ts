import { describe, expect, it } from 'vitest';
import { networkFigures } from '../../../../shared/rollup/networkFigures';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/settings';
import { SheetsRegisterReader } from '../../../../sheets-addon/appsscript/sheetsRegisterReader';
import {
  continueDistrictRollup,
  type DistrictOptions,
  startDistrictRollup,
} from '../../../../sheets-addon/core/district/runDistrictRollup';
import { createAppsScriptDouble } from '../../../doubles/appsScriptDouble';
import { syntheticRegister } from '../../../shared/rollup/syntheticRegister';
import { adapterOver } from '../adapterOverDouble';
import { createSheetsApiDouble, type SheetsQuota } from './sheetsApiDouble';

const AS_OF = '2026-03-31';
const id = (n: number) => `1${String(n).padStart(43, 'q')}`;
const options: DistrictOptions = {
  settings: { ...DEFAULT_SETTINGS, as_of: AS_OF },
  language: 'en',
  networkFiguresOf: networkFigures,
};
const tabs = syntheticRegister({
  seed: 7,
  partners: 10,
  activities: 30,
  language: 'th',
  asOf: AS_OF,
  serialDates: true,
});

/** A district of `schools` registers read through a Sheets API double that enforces the read quota on a clock. */
function district(schools: number, quota: Omit<SheetsQuota, 'clock'> = {}) {
  let time = 0;
  const apps = createAppsScriptDouble();
  const sheets = createSheetsApiDouble(() => ({ tabs, shared: true }), { ...quota, clock: () => time });
  const sleep = (ms: number) => {
    time += ms;
  };
  const ports = {
    workbook: adapterOver(apps),
    reader: new SheetsRegisterReader(sheets.api, { now: () => time, sleep }),
    charts: null,
    clock: () => time,
    now: () => `${AS_OF}T09:00:00.000+07:00`,
    sleep,
  };
  startDistrictRollup(ports, options); // creates the District tab
  ports.workbook.writeValues(
    'District',
    3,
    1,
    Array.from({ length: schools }, (_, i) => [`School ${i}`, id(i)]),
  );
  return { ports, sheets, time: () => time };
}

function runToTheEnd(setup: ReturnType<typeof district>) {
  let executions = 1;
  let progress = startDistrictRollup(setup.ports, options);
  while (!progress.finished && executions < 20) {
    progress = continueDistrictRollup(setup.ports, options);
    executions++;
  }
  return { progress, executions };
}

describe('the district reader under the Sheets API read quota (60 a minute)', () => {
  it('paces itself: 40 schools (120 reads) draw no 429 and take over two minutes', () => {
    const setup = district(40);
    const { progress, executions } = runToTheEnd(setup);
    expect(progress).toMatchObject({ finished: true, readable: 40, total: 40 });
    expect(executions).toBe(1);
    expect(setup.sheets.log.refused).toBe(0);
    expect(setup.time()).toBeGreaterThanOrEqual(((120 - 60) / 60) * 60_000);
  });

  it('reads a school again after a 429 or a 503 instead of calling it unreadable', () => {
    const setup = district(6, {
      failOn: (request) =>
        request === 4
          ? "Quota exceeded for quota metric 'Read requests' (429)"
          : request === 8
            ? 'Service unavailable (503)'
            : undefined,
    });
    const { progress } = runToTheEnd(setup);
    expect(setup.sheets.log.refused).toBe(2);
    expect(progress).toMatchObject({ finished: true, readable: 6, total: 6 });
  });

  it('stops at its checkpoint when Google keeps refusing, and Continue finishes the rest', () => {
    const setup = district(8, {
      failOn: (request) => (request > 9 && request <= 15 ? 'Quota exceeded (429)' : undefined),
    });
    const first = startDistrictRollup(setup.ports, options);
    expect(first).toMatchObject({ finished: false, done: 3, total: 8 });
    const next = continueDistrictRollup(setup.ports, options);
    expect(next).toMatchObject({ finished: true, readable: 8, total: 8 });
  });
});
