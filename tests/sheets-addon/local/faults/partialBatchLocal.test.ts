import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGED_OUTCOMES, type CaptureReply } from '../../../../shared/capture/protocol';
import { appendRecords } from '../../../../sheets-addon/core/appendRecords';
import { handlePost } from '../../../../sheets-addon/core/capture/captureHandler';
import { readRegister } from '../../../../sheets-addon/core/readRegister';
import { registerFormulaLayer } from '../../../../sheets-addon/core/registerFormulaLayer';
import type { Workbook } from '../../../../sheets-addon/core/workbook';
import { readFileWorkbook, withFileWorkbook } from '../../../../sheets-addon/local/fileWorkbook';
import { postCaptures } from '../../../../sheets-addon/local/server/captureRoute';
import { censusOf, MIXED_BATCH, ONCE_EACH } from '../../../support/mixedCaptureBatch';
import { captureRequest, folderBytes, newRegister } from './faultRegister';

const NOW = '2026-11-29T09:30:00.000Z';
/** The Workbook port's methods that change the register. */
const WRITES = [
  'createSheet',
  'renameSheet',
  'setSheetHidden',
  'clearSheet',
  'writeValues',
  'writeBlocks',
  'writeFormulas',
  'appendRows',
  'deleteRows',
  'writeNotes',
  'setProperties',
] as const;

let base = '';
beforeAll(async () => {
  base = await newRegister('netreg-partial-');
  await withFileWorkbook(base, (workbook) => {
    appendRecords(workbook, 'partners', [{ name: 'วัดสวนดอก' }], { layer: registerFormulaLayer, now: NOW });
  });
}, 300_000);

function copyOfBase(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'netreg-partial-')), 'register');
  cpSync(base, dir, { recursive: true });
  return dir;
}

/** The workbook's `at`-th write throws (as a failing disk or a bug there would); counts the writes. */
function failingAt(workbook: Workbook, at: number): { writes: number } {
  const seen = { writes: 0 };
  const methods = workbook as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const method of WRITES) {
    const original = methods[method].bind(workbook);
    methods[method] = (...args: unknown[]) => {
      seen.writes++;
      if (seen.writes === at) throw new Error(`injected failure at write ${at} (${method})`);
      return original(...args);
    };
  }
  return seen;
}

/** The capture route's work, with the workbook failing at its `at`-th write. */
async function postFailingAt(dir: string, at: number): Promise<{ reply: CaptureReply; writes: number }> {
  let writes = 0;
  const reply = await withFileWorkbook(dir, (workbook) => {
    const seen = failingAt(workbook, at);
    const answer = handlePost(captureRequest(MIXED_BATCH), {
      workbook,
      layer: registerFormulaLayer,
      now: () => NOW,
    });
    writes = seen.writes;
    return answer;
  });
  return { reply, writes };
}

const census = (dir: string) =>
  readFileWorkbook(dir, (workbook) =>
    censusOf(readRegister(workbook, ['partners', 'contacts', 'activities']).tables),
  );

describe('a capture batch failing part-way on the local host, at every write', () => {
  it('saves nothing of it, and its retry applies it exactly once', async () => {
    const clean = await postFailingAt(copyOfBase(), Number.POSITIVE_INFINITY);
    const boundaries = clean.writes;
    expect(boundaries).toBeGreaterThan(3);
    for (let at = 1; at <= boundaries; at++) {
      const dir = copyOfBase();
      const before = folderBytes(dir);
      const { reply } = await postFailingAt(dir, at);
      expect(reply.ok).toBe(true);
      expect(reply.results.every((result) => result.outcome === 'rejected')).toBe(true);
      // Whole or not at all: the rows written before the failure are not saved.
      expect(folderBytes(dir), `failure at write ${at}`).toEqual(before);
      const retry = await postCaptures(dir, captureRequest(MIXED_BATCH), 'register');
      expect(retry.results.every((result) => ACKNOWLEDGED_OUTCOMES.includes(result.outcome))).toBe(true);
      expect(await census(dir), `failure at write ${at}`).toEqual({ copies: ONCE_EACH, duplicateIds: 0 });
    }
  });

  it('writes no marks column into the register folder (its saves are whole already)', async () => {
    const dir = copyOfBase();
    await postCaptures(dir, captureRequest(MIXED_BATCH), 'register');
    const files = folderBytes(dir);
    for (const [name, bytes] of Object.entries(files))
      expect(Buffer.from(bytes, 'base64').toString('utf8'), name).not.toMatch(/Capture ids|รหัสการบันทึก/);
  });
});
