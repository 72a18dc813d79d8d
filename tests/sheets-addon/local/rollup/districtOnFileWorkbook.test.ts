import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { networkFigures } from '../../../../shared/rollup/networkFigures';
import type { RawGrid } from '../../../../shared/rollup/schoolRegister';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/settings';
import { MemoryChartCanvas } from '../../../../sheets-addon/core/charts/chartCanvas';
import {
  continueDistrictRollup,
  type DistrictOptions,
  startDistrictRollup,
} from '../../../../sheets-addon/core/district/runDistrictRollup';
import { FileWorkbook } from '../../../../sheets-addon/local/fileWorkbook';
import { LocalRegisters } from '../../../../sheets-addon/local/rollup/localRegisters';
import { syntheticRegister } from '../../../shared/rollup/syntheticRegister';

const AS_OF = '2026-03-31';
let dir: string;

async function writeFolder(path: string, tabs: Record<string, RawGrid>): Promise<void> {
  await mkdir(path, { recursive: true });
  for (const [title, grid] of Object.entries(tabs)) {
    await writeFile(join(path, `${title}.csv`), Papa.unparse(grid as unknown[][]));
  }
}

const options: DistrictOptions = {
  settings: { ...DEFAULT_SETTINGS, as_of: AS_OF },
  language: 'en',
  networkFiguresOf: networkFigures,
  budgetMs: 3,
  checkpointEvery: 2,
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netreg-district-'));
  await mkdir(join(dir, 'office'));
  for (let i = 0; i < 6; i++) {
    const language = i === 4 ? 'en' : 'th';
    await writeFolder(
      join(dir, 'schools', `s${i}`),
      syntheticRegister({ seed: i + 1, partners: 20, activities: 80, language, asOf: AS_OF }),
    );
  }
  await writeFolder(join(dir, 'schools', 'notes'), { บันทึก: [['เรื่อง'], ['ประชุม']] });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** One execution on the local host: open the office folder, run, save — as the host does per action. */
async function execution(run: typeof startDistrictRollup, reads: string[]) {
  const workbook = await FileWorkbook.open(join(dir, 'office'));
  const registers = await LocalRegisters.load(
    ['s0', 's1', 's2', 's3', 's4', 's5', 'notes'].map((name) => join('schools', name)),
    dir,
  );
  let clock = 0;
  const reader = {
    acceptsPaths: true,
    read: (key: string) => {
      reads.push(key);
      clock += 1; // one tick a register: three fit in the budget of three
      return registers.read(key);
    },
    modifiedAt: () => null,
  };
  const progress = run(
    {
      workbook,
      reader,
      charts: new MemoryChartCanvas(),
      clock: () => clock,
      now: () => `${AS_OF}T10:00:00Z`,
    },
    options,
  );
  await workbook.save();
  return { progress, workbook };
}

describe('the district roll-up on the local host', () => {
  it('resumes from the files an earlier execution saved, reading and counting each school once', async () => {
    const reads: string[] = [];
    const first = await execution(startDistrictRollup, reads);
    expect(first.progress.message.code).toBe('run.nothing');
    first.workbook.writeValues(
      'District',
      3,
      1,
      ['s0', 's1', 's2', 's3', 's4', 's5', 'notes'].map((name) => [`School ${name}`, join('schools', name)]),
    );
    await first.workbook.save();

    const started = await execution(startDistrictRollup, reads);
    expect(started.progress).toMatchObject({ finished: false, done: 3, total: 7 });
    const resumed = await execution(continueDistrictRollup, reads);
    expect(resumed.progress).toMatchObject({ finished: false, done: 6 });
    const last = await execution(continueDistrictRollup, reads);
    expect(last.progress).toMatchObject({ finished: true, done: 7, readable: 6 });
    expect(reads).toHaveLength(7);
    expect(new Set(reads).size).toBe(7);

    const saved = Papa.parse<string[]>(await readFile(join(dir, 'office', 'district.csv'), 'utf8')).data;
    expect(saved[1][2]).toBe('6 of 7 schools read (1 unreadable)');
    const partners = saved.slice(2, 8).map((row) => Number(row[5]));
    expect(Number(saved[1][5])).toBe(partners.reduce((a, b) => a + b, 0));
    expect(saved[8][2]).toContain('not a network register');
  });
});
