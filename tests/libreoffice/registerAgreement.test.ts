import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FormulaValues, formulaValues } from '../../shared/metrics/formulaValues';
import type { RegisterWorkbook } from '../../shared/metrics/registerGrids';
import type { Register } from '../../shared/register/register';
import { loadRegister } from '../../sheets-addon/local/registerFolder';
import { exportXlsx } from '../../sheets-addon/local/xlsx/exportXlsx';
import { sameFigure } from '../formulas/expectedFigures';
import { loadWorkbook } from '../formulas/formulaEngine';
import { fixtureRegister } from '../shared/metrics/fixtureRegister';
import { type LibreOffice, startLibreOffice } from '../support/libreoffice';
import { xlsxFormulaCells } from '../support/xlsxFormulaCells';
import { libreOfficeRegisters } from './libreOfficeRegisters';

/** Generated registers per run (issue 12 asks for at least 20), all recalculated in one LibreOffice run. */
const GENERATED = 24;
/** The run's fixed seed (FC_SEED explores others): the same registers every run. */
const SEED = fc.readConfigureGlobal().seed as number;
const DEMO_AS_OF = '2026-11-29';
const FIXTURE_AS_OF = '2025-11-01';

interface Case {
  name: string;
  register: Register;
  asOf: string;
}

/** One register's file, checked cell by cell against the metric definitions, in both engines. */
interface Agreement {
  cells: number;
  cached: number;
  hyperFormulaAgrees: number;
  libreOfficeAgrees: number;
  problems: string[];
}

interface Exported {
  file: string;
  built: RegisterWorkbook;
  values: FormulaValues;
}

let office: LibreOffice;
let dir: string;
const exported = new Map<string, Exported>();
const recalculated = new Map<string, string>();
const checked = new Map<string, Agreement>();

const keyOf = (c: Omit<Case, 'name'>) => JSON.stringify([c.register, c.asOf]);

async function exportCase(c: Case): Promise<Exported> {
  await mkdir(join(dir, 'in'), { recursive: true });
  const file = join(dir, 'in', `${c.name}.xlsx`);
  const built = await exportXlsx(c.register, file, { asOf: c.asOf });
  const result = { file, built, values: formulaValues(built, c.register) };
  exported.set(keyOf(c), result);
  return result;
}

/**
 * The file LibreOffice recalculated for a case. The batch holds every drawn case; only a case
 * fast-check shrinks to on a failure is converted on its own.
 */
async function recalculatedFile(c: Case): Promise<string> {
  const known = recalculated.get(keyOf(c));
  if (known) return known;
  const { file } = await exportCase(c);
  const [out] = await office.convert([file], 'xlsx', join(dir, `shrink-${recalculated.size}`));
  recalculated.set(keyOf(c), out);
  return out;
}

/** Every formula cell of a case's file: its cache, HyperFormula and LibreOffice against computeMetrics. */
async function agreement(c: Case): Promise<Agreement> {
  const known = checked.get(keyOf(c));
  if (known) return known;
  const out = await recalculatedFile(c);
  const { file, built, values } = exported.get(keyOf(c)) as Exported;
  const ours = await xlsxFormulaCells(file);
  const theirs = new Map(
    (await xlsxFormulaCells(out)).map((cell) => [`${cell.sheet}!${cell.address}`, cell]),
  );
  const engine = loadWorkbook(built);
  const result: Agreement = {
    cells: ours.length,
    cached: 0,
    hyperFormulaAgrees: 0,
    libreOfficeAgrees: 0,
    problems: [],
  };
  for (const cell of ours) {
    const where = `${cell.sheet}!${cell.address}`;
    const expected = values.get(cell.sheet)?.get(cell.address);
    if (expected === undefined || expected === null) {
      result.problems.push(`${where}: no value from the metric definitions for =${cell.formula}`);
      continue;
    }
    if (sameFigure(cell.result, expected)) result.cached += 1;
    else result.problems.push(`${where}: cached ${String(cell.result)} ≠ computed ${String(expected)}`);
    const hyperFormula = engine.value(cell.sheet, cell.address);
    if (sameFigure(hyperFormula, expected)) result.hyperFormulaAgrees += 1;
    else
      result.problems.push(
        `${where}: HyperFormula ${String(hyperFormula)} ≠ computed ${String(expected)} for =${cell.formula}`,
      );
    const recalculatedCell = theirs.get(where);
    if (recalculatedCell && sameFigure(recalculatedCell.result, expected)) result.libreOfficeAgrees += 1;
    else
      result.problems.push(
        `${where}: LibreOffice ${String(recalculatedCell?.result)} ≠ computed ${String(expected)} for =${cell.formula}`,
      );
  }
  engine.hf.destroy();
  checked.set(keyOf(c), result);
  return result;
}

const generatedCases: Case[] = fc
  .sample(libreOfficeRegisters, { seed: SEED, numRuns: GENERATED })
  .map((c, index) => ({ name: `generated-${index + 1}`, ...c }));
let demoCase: Case;
let englishCase: Case;
let fixtureCase: Case;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netreg-libreoffice-agreement-'));
  office = await startLibreOffice();
  const demo = (await loadRegister(join(import.meta.dirname, '../../demo/register'))).register;
  demoCase = { name: 'demo', register: demo, asOf: DEMO_AS_OF };
  englishCase = { name: 'demo-english', register: { ...demo, language: 'en' }, asOf: DEMO_AS_OF };
  fixtureCase = { name: 'fixture', register: fixtureRegister(), asOf: FIXTURE_AS_OF };
  const cases = [demoCase, englishCase, fixtureCase, ...generatedCases];
  const files: string[] = [];
  for (const c of cases) files.push((await exportCase(c)).file);
  // One LibreOffice run for every file: its start-up costs more than a small register's recalculation.
  const outs = await office.convert(files, 'xlsx', join(dir, 'out'));
  cases.forEach((c, index) => {
    recalculated.set(keyOf(c), outs[index]);
  });
  // About two CPU seconds a register: minutes when the machine is shared. Only a hang hits this.
}, 1_200_000);

afterAll(async () => {
  const total = { cells: 0, hyperFormulaAgrees: 0, libreOfficeAgrees: 0 };
  for (const c of generatedCases) {
    const result = checked.get(keyOf(c));
    if (!result) continue;
    total.cells += result.cells;
    total.hyperFormulaAgrees += result.hyperFormulaAgrees;
    total.libreOfficeAgrees += result.libreOfficeAgrees;
  }
  console.info(
    `${GENERATED} generated registers (seed ${SEED}): ${total.cells} formula cells; HyperFormula agrees on ${total.hyperFormulaAgrees}, LibreOffice on ${total.libreOfficeAgrees}`,
  );
  await office?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function report(name: string, result: Agreement): void {
  console.info(
    `${name}: ${result.cells} formula cells, ${result.cached} cache the computed figure; HyperFormula agrees on ${result.hyperFormulaAgrees}, LibreOffice on ${result.libreOfficeAgrees}`,
  );
}

describe('the exported register recalculated in LibreOffice', () => {
  it('gives every formula cell of the demo register the figure computeMetrics gives, and caches it', async () => {
    const result = await agreement(demoCase);
    report('demo register', result);
    expect(result.problems).toEqual([]);
    expect(result.cells).toBeGreaterThan(500);
    expect(result.cached).toBe(result.cells);
    expect(result.libreOfficeAgrees).toBe(result.cells);
  });

  it('agrees on the demo register in English, where every label and sheet name differs', async () => {
    const result = await agreement(englishCase);
    report('demo register in English', result);
    expect(result.problems).toEqual([]);
    expect(result.libreOfficeAgrees).toBe(result.cells);
  });

  it('agrees on the fixture register', async () => {
    const result = await agreement(fixtureCase);
    report('fixture register', result);
    expect(result.problems).toEqual([]);
    expect(result.libreOfficeAgrees).toBe(result.cells);
  });

  it(`agrees on ${GENERATED} generated registers, and shrinks a disagreement to its smallest register`, async () => {
    const failing: string[] = [];
    for (const c of generatedCases) {
      const result = await agreement(c);
      if (result.problems.length > 0) failing.push(c.name);
    }
    if (failing.length === 0) return;
    // Only on a failure: fast-check draws the same registers from the same seed (already
    // converted) and converts each smaller register it tries on its own.
    await fc.assert(
      fc.asyncProperty(libreOfficeRegisters, async (c) => {
        const result = await agreement({ name: `case-${recalculated.size}`, ...c });
        expect(result.problems).toEqual([]);
      }),
      { seed: SEED, numRuns: GENERATED },
    );
    expect.unreachable(`${failing.join(', ')} disagreed, but fast-check found no failure to shrink`);
    // Shrinking converts one register at a time: allow for it rather than cut it short.
  }, 3_600_000);

  it('draws generated registers with empty tabs, ended partners, activities on the as-of day and English', () => {
    const tables = generatedCases.map((c) => c.register.tables);
    expect(tables.some((t) => t.partners.length === 0)).toBe(true);
    expect(tables.some((t) => t.activities.length === 0 && t.resources.length === 0)).toBe(true);
    expect(tables.some((t) => t.partners.some((p) => p.status === 'ended'))).toBe(true);
    expect(generatedCases.some((c) => c.register.tables.activities.some((a) => a.date === c.asOf))).toBe(
      true,
    );
    expect(generatedCases.some((c) => c.register.language === 'en')).toBe(true);
    expect(generatedCases.some((c) => c.register.language === 'th')).toBe(true);
  });
});
