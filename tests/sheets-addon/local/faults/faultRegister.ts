import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Capture } from '../../../../shared/capture/protocol';
import { registerProblems } from '../../../../shared/table/registerChecks';
import { registerFormulaLayer } from '../../../../sheets-addon/core/registerFormulaLayer';
import { PROPERTY } from '../../../../sheets-addon/core/registerProperties';
import { setupOrRepair } from '../../../../sheets-addon/core/setupOrRepair';
import { withFileWorkbook } from '../../../../sheets-addon/local/fileWorkbook';
import { tornStateProblems } from '../../../../sheets-addon/local/folder/folderChecks';
import { loadRegister } from '../../../../sheets-addon/local/registerFolder';

export const TOKEN = 'fault-suite-token-0123456789abcdef';

/**
 * The fault worker bundled into one plain file, so each killed process starts in a fraction of
 * a second (through tsx every start compiles the sources again).
 */
export async function buildFaultWorker(): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'netreg-fault-worker-')), 'faultWorker.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'faultWorker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    logLevel: 'warning',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return out;
}

/** A set-up, paired, empty register in a new temp folder. */
export async function newRegister(prefix: string): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), prefix)), 'register');
  mkdirSync(dir);
  await withFileWorkbook(dir, (workbook) => {
    const outcome = setupOrRepair(workbook, {
      layer: registerFormulaLayer,
      language: 'th',
      now: '2026-11-29T09:00:00.000Z',
    });
    if (!outcome.ok) throw new Error(outcome.reason.message.en);
    workbook.setProperties({ [PROPERTY.pairingToken]: TOKEN });
  });
  return dir;
}

/** A number as lower-case letters (names fold digits away, letters stay): 0 → a, 26 → ba. */
export function letters(n: number): string {
  let text = '';
  let rest = n;
  do {
    text = String.fromCharCode(97 + (rest % 26)) + text;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return text;
}

/** A partner capture whose name carries its own mark, so its rows can be counted. */
export function partnerCapture(mark: string): Capture {
  return {
    id: `cap-${mark}`,
    kind: 'partner',
    captured_at: '2026-11-29T08:00:00.000Z',
    source_url: `https://page.example/${mark}`,
    fields: { name: `โรงเรียนทดสอบ ${mark}` },
  };
}

/** The capture endpoint's request body. */
export function captureRequest(captures: readonly Capture[]): string {
  return JSON.stringify({ version: 1, token: TOKEN, captures });
}

export { seeded } from '../../../support/seededRandom';

/** The fault suite's seed; replay another run with FAULT_SEED=<n> (each test prints the seed with its figures). */
export const SEED = Number(process.env.FAULT_SEED ?? 20261129);

/** What the suite checks after every fault: torn state, ids used twice, and how often each mark appears. */
export interface RegisterCheck {
  torn: number;
  duplicateIds: number;
  partnerNames: Map<string, number>;
}

export async function checkRegister(dir: string): Promise<RegisterCheck> {
  const loaded = await loadRegister(dir);
  const problems = registerProblems(loaded.register, loaded.lines);
  const partnerNames = new Map<string, number>();
  for (const row of loaded.register.tables.partners) {
    const name = String(row.name ?? '');
    partnerNames.set(name, (partnerNames.get(name) ?? 0) + 1);
  }
  return {
    torn: tornStateProblems(loaded).length,
    duplicateIds: problems.filter((problem) => problem.reason.code === 'id.duplicate').length,
    partnerNames,
  };
}

/** Rows past the first for each name that should appear once. */
export function duplicatedRows(check: RegisterCheck, names: readonly string[]): number {
  return names.reduce((sum, name) => sum + Math.max(0, (check.partnerNames.get(name) ?? 0) - 1), 0);
}

/** Names that should appear (acknowledged) but do not. */
export function missingRows(check: RegisterCheck, names: readonly string[]): number {
  return names.filter((name) => (check.partnerNames.get(name) ?? 0) === 0).length;
}

/** Every file of the folder with its bytes, the folder's bookkeeping aside. */
export function folderBytes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name)).toString('base64')]),
  );
}
