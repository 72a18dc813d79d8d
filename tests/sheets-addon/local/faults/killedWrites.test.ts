import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureReply } from '../../../../shared/capture/protocol';
import { importCommand } from '../../../../sheets-addon/cli/commands/import';
import { registerFormulaLayer } from '../../../../sheets-addon/core/registerFormulaLayer';
import { setupOrRepair } from '../../../../sheets-addon/core/setupOrRepair';
import { withFileWorkbook } from '../../../../sheets-addon/local/fileWorkbook';
import {
  fullDiskFrom,
  readOnlyFrom,
  setWriteFault,
} from '../../../../sheets-addon/local/folder/writeBoundary';
import { postCaptures } from '../../../../sheets-addon/local/server/captureRoute';
import {
  buildFaultWorker,
  captureRequest,
  checkRegister,
  duplicatedRows,
  folderBytes,
  letters,
  missingRows,
  newRegister,
  partnerCapture,
  SEED,
  seeded,
} from './faultRegister';

const KILLS = 102;
const OPERATIONS = ['import', 'capture', 'repair'] as const;
type Operation = (typeof OPERATIONS)[number];

let worker = '';
let base = '';
let work = '';
const IMPORT_NAMES = Array.from({ length: 12 }, (_, i) => `โรงเรียนนำเข้า ${letters(i)}`);
const CAPTURES = Array.from({ length: 5 }, (_, i) => partnerCapture(`k${letters(i)}`));
const CAPTURE_NAMES = CAPTURES.map((capture) => String(capture.fields.name));

beforeAll(async () => {
  worker = await buildFaultWorker();
  base = await newRegister('netreg-fault-base-');
  work = mkdtempSync(join(tmpdir(), 'netreg-fault-files-'));
  writeFileSync(
    join(work, 'partners.csv'),
    `name,sector\n${IMPORT_NAMES.map((name) => `${name},school`).join('\n')}\n`,
  );
  writeFileSync(join(work, 'request.json'), captureRequest(CAPTURES));
}, 300_000);
afterEach(() => setWriteFault(undefined));

function copyOfBase(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'netreg-fault-')), 'register');
  cpSync(base, dir, { recursive: true });
  return dir;
}

function argsOf(operation: Operation, dir: string): string[] {
  if (operation === 'import') return ['import', dir, join(work, 'partners.csv'), 'partners'];
  if (operation === 'capture') return ['capture', dir, join(work, 'request.json')];
  return ['repair', dir, 'en'];
}

/** Runs the operation in its own process with NETREG_FAULT set; resolves with its signal, stdout and stderr. */
function runWorker(operation: Operation, dir: string, fault: string) {
  const child = spawn(process.execPath, [worker, ...argsOf(operation, dir)], {
    env: { ...process.env, NETREG_FAULT: fault },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk));
  return new Promise<{ signal: NodeJS.Signals | null; code: number | null; out: string; err: string }>(
    (done) => child.once('exit', (code, signal) => done({ code, signal, out, err })),
  );
}

/** The same operation run again in this process, as the person or the extension retries it. */
async function retry(operation: Operation, dir: string): Promise<CaptureReply | number | undefined> {
  const quiet = { out: () => undefined, err: () => undefined, cwd: work };
  if (operation === 'import')
    return importCommand.run([join(work, 'partners.csv'), '--tab', 'partners', '--dir', dir], quiet);
  if (operation === 'capture')
    return postCaptures(dir, readFileSync(join(work, 'request.json'), 'utf8'), 'register');
  await withFileWorkbook(dir, (workbook) => {
    const outcome = setupOrRepair(workbook, {
      layer: registerFormulaLayer,
      language: 'en',
      now: '2026-11-29T10:00:00.000Z',
    });
    if (!outcome.ok) throw new Error(outcome.reason.message.en);
  });
  return undefined;
}

async function inPool<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await run(items[next++]);
    }),
  );
}

describe('a register writer killed at any write boundary (SIGKILL, real processes)', () => {
  it(`leaves no torn register, no duplicated row, no duplicate id, no lost capture (${KILLS} kills)`, async () => {
    const boundaries = {} as Record<Operation, number>;
    for (const operation of OPERATIONS) {
      const { err } = await runWorker(operation, copyOfBase(), 'count');
      boundaries[operation] = Number(/netreg-write-boundaries (\d+)/.exec(err)?.[1] ?? 0);
      expect(boundaries[operation]).toBeGreaterThan(3);
    }
    const random = seeded(SEED);
    const trials = Array.from({ length: KILLS }, (_, t) => {
      const operation = OPERATIONS[t % OPERATIONS.length];
      return { operation, killAt: 1 + Math.floor(random() * boundaries[operation]) };
    });
    const figures = { kills: 0, torn: 0, duplicatedRows: 0, duplicateIds: 0, lostAcknowledged: 0 };
    await inPool(trials, 2, async ({ operation, killAt }) => {
      const dir = copyOfBase();
      const killed = await runWorker(operation, dir, `kill:${killAt}`);
      if (killed.signal === 'SIGKILL') figures.kills++;
      const after = await checkRegister(dir);
      const names = operation === 'import' ? IMPORT_NAMES : operation === 'capture' ? CAPTURE_NAMES : [];
      const present = names.filter((name) => after.partnerNames.has(name)).length;
      // All of the operation or none of it: never part.
      if (after.torn > 0 || (present !== 0 && present !== names.length)) figures.torn++;
      const answer = await retry(operation, dir);
      if (operation === 'capture') {
        const reply = answer as CaptureReply;
        expect(reply.ok).toBe(true);
        expect(
          reply.results.map((result) => result.outcome).every((o) => o === 'added' || o === 'duplicate'),
        ).toBe(true);
      }
      const settled = await checkRegister(dir);
      figures.duplicatedRows += duplicatedRows(settled, names);
      figures.duplicateIds += settled.duplicateIds;
      figures.lostAcknowledged += missingRows(settled, names);
      if (settled.torn > 0) figures.torn++;
    });
    console.log(
      `fault suite (seed ${SEED}): kills run ${figures.kills} / torn registers ${figures.torn} / duplicated rows ${figures.duplicatedRows} / duplicate ids ${figures.duplicateIds} / lost acknowledged captures ${figures.lostAcknowledged} — boundaries per operation ${JSON.stringify(boundaries)}`,
    );
    expect(figures).toEqual({
      kills: KILLS,
      torn: 0,
      duplicatedRows: 0,
      duplicateIds: 0,
      lostAcknowledged: 0,
    });
  });
});

describe('a register writer on a full disk or a read-only folder, at every write boundary', () => {
  for (const operation of OPERATIONS) {
    it(`${operation}: refused with the reason, the register byte for byte as it was`, async () => {
      for (const [fault, code] of [
        [fullDiskFrom, 'folder.full'],
        [readOnlyFrom, 'folder.read_only'],
      ] as const) {
        let refused = 0;
        for (let n = 1; ; n++) {
          const dir = copyOfBase();
          const before = folderBytes(dir);
          setWriteFault(fault(n));
          const outcome = await retry(operation, dir).then(
            (value) => ({ value, error: undefined }),
            (error: unknown) => ({ value: undefined, error }),
          );
          setWriteFault(undefined);
          const failed =
            outcome.error !== undefined ||
            outcome.value === 1 ||
            (typeof outcome.value === 'object' && outcome.value !== null && !outcome.value.ok);
          if (!failed) break;
          refused++;
          if (outcome.error !== undefined) expect(outcome.error).toMatchObject({ reason: { code } });
          if (typeof outcome.value === 'object' && outcome.value)
            expect(outcome.value.error?.code).toBe(code);
          expect(folderBytes(dir)).toEqual(before);
        }
        expect(refused).toBeGreaterThan(2);
      }
    });
  }
});

describe('twenty writers in twenty processes at once', () => {
  it('add every capture exactly once, with unique ids', async () => {
    const dir = copyOfBase();
    const batches = Array.from({ length: 20 }, (_, w) =>
      Array.from({ length: 5 }, (_, i) => partnerCapture(`w${letters(w)}x${letters(i)}`)),
    );
    const send = (file: string) => {
      const child = spawn(process.execPath, [worker, 'capture', dir, file], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk));
      return new Promise<CaptureReply>((done) =>
        child.once('exit', () => done(JSON.parse(out) as CaptureReply)),
      );
    };
    const refusals: string[] = [];
    const runs = batches.map(async (batch, w) => {
      const file = join(work, `writer-${w}.json`);
      writeFileSync(file, captureRequest(batch));
      // A writer that waited too long for the lock is told "busy" with nothing written, and sends again.
      for (let attempt = 0; ; attempt++) {
        const reply = await send(file);
        if (reply.ok || attempt >= 5) return reply;
        refusals.push(reply.error?.code ?? '?');
      }
    });
    const replies = await Promise.all(runs);
    expect(refusals.filter((code) => code !== 'folder.busy')).toEqual([]);
    for (const reply of replies)
      expect(reply.results.map((result) => result.outcome)).toEqual(Array(5).fill('added'));
    const check = await checkRegister(dir);
    const names = batches.flat().map((capture) => String(capture.fields.name));
    expect(duplicatedRows(check, names)).toBe(0);
    expect(missingRows(check, names)).toBe(0);
    expect(check.duplicateIds).toBe(0);
    expect(check.torn).toBe(0);
  });
});
