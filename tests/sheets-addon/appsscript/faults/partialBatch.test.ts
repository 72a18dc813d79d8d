import { describe, expect, it } from 'vitest';
import type { Capture, CaptureReply } from '../../../../shared/capture/protocol';
import { ACKNOWLEDGED_OUTCOMES } from '../../../../shared/capture/protocol';
import { CAPTURE_MARK_LABEL } from '../../../../sheets-addon/core/capture/captureMarks';
import { readRegister } from '../../../../sheets-addon/core/readRegister';
import type { AppsScriptDouble } from '../../../doubles/appsScriptDouble';
import { censusOf, MIXED_BATCH, ONCE_EACH } from '../../../support/mixedCaptureBatch';
import { adapterOver } from '../adapterOverDouble';
import { schoolRegister } from '../builtBundles';

const TOKEN = 'cd'.repeat(20);
const BATCH = MIXED_BATCH;

function post(
  script: Awaited<ReturnType<typeof schoolRegister>>['script'],
  captures: Capture[],
): CaptureReply {
  const body = JSON.stringify({ version: 1, token: TOKEN, captures });
  return JSON.parse(
    script.run<{ content: string }>('webApp', 'doPost', { postData: { contents: body } }).content,
  );
}

/** A paired Thai register holding one partner typed in by hand (P-0001). */
async function pairedRegister() {
  const register = await schoolRegister();
  register.script.run('sidebar', 'setupOrRepair', 'th');
  expect(register.script.run('sidebar', 'addRecord', 'partner', { name: 'วัดสวนดอก' })).toMatchObject({
    id: 'P-0001',
  });
  register.double.properties['netreg.pairing_token'] = TOKEN;
  register.double.properties['netreg.web_app_url'] = register.double.deployment.exec;
  return register;
}

function census(double: AppsScriptDouble) {
  return censusOf(readRegister(adapterOver(double), ['partners', 'contacts', 'activities']).tables);
}

/**
 * A register where the batch failed at its last write, the capture log's: the rows are written,
 * the log is not, so only the rows' marks know these captures.
 */
async function failedBeforeItsLogLine() {
  const clean = await pairedRegister();
  clean.double.log.failWrite(Number.POSITIVE_INFINITY);
  post(clean.script, BATCH);
  const lastWrite = clean.double.log.writes;
  const register = await pairedRegister();
  register.double.log.failWrite(lastWrite);
  const first = post(register.script, BATCH);
  register.double.log.failWrite(undefined);
  return { ...register, first };
}

const acknowledged = (reply: CaptureReply) =>
  reply.ok ? reply.results.filter((r) => ACKNOWLEDGED_OUTCOMES.includes(r.outcome)).map((r) => r.id) : [];

describe('a capture batch failing part-way on Apps Script, at every write boundary', () => {
  it('is applied exactly once by its retry: rows already written are recognised by their capture ids', async () => {
    // A clean run counts the batch's write boundaries.
    const clean = await pairedRegister();
    clean.double.log.failWrite(Number.POSITIVE_INFINITY);
    expect(acknowledged(post(clean.script, BATCH))).toEqual(BATCH.map((c) => c.id));
    const boundaries = clean.double.log.writes;
    expect(census(clean.double)).toEqual({ copies: ONCE_EACH, duplicateIds: 0 });
    expect(boundaries).toBeGreaterThan(5);

    const figures = {
      boundaries,
      busyAfterWrites: 0,
      unacknowledgedAfterRetry: 0,
      duplicatedRows: 0,
      duplicateIds: 0,
      lostAcknowledged: 0,
    };
    const wrongAt: number[] = [];
    for (let at = 1; at <= boundaries; at++) {
      const { script, double } = await pairedRegister();
      double.log.failWrite(at);
      const first = post(script, BATCH);
      const wroteSomething = double.log.writes > 1;
      if (!first.ok && first.error?.code === 'capture.busy' && wroteSomething) figures.busyAfterWrites++;
      double.log.failWrite(undefined);
      const retry = post(script, BATCH);
      figures.unacknowledgedAfterRetry += BATCH.length - acknowledged(retry).length;
      // Acknowledged now: a third sending is a duplicate throughout and changes nothing.
      const third = post(script, BATCH);
      figures.unacknowledgedAfterRetry += third.results.filter((r) => r.outcome !== 'duplicate').length;
      const { copies, duplicateIds } = census(double);
      for (const count of Object.values(copies)) {
        if (count > 1) figures.duplicatedRows += count - 1;
        if (count < 1) figures.lostAcknowledged++;
      }
      figures.duplicateIds += duplicateIds;
      if (JSON.stringify(copies) !== JSON.stringify(ONCE_EACH) || duplicateIds > 0) wrongAt.push(at);
    }
    console.log(
      `Apps Script partial batch: ${JSON.stringify(figures)}; wrong after a failure at writes ${wrongAt}`,
    );
    expect(wrongAt).toEqual([]);
    expect(figures).toEqual({
      boundaries,
      busyAfterWrites: 0,
      unacknowledgedAfterRetry: 0,
      duplicatedRows: 0,
      duplicateIds: 0,
      lostAcknowledged: 0,
    });
  });

  it('keeps the capture ids in a hidden column the school does not see, read again after a language switch', async () => {
    const { script, double, first } = await failedBeforeItsLogLine();
    expect(first.results.every((r) => r.outcome === 'rejected')).toBe(true);
    for (const name of ['ภาคีเครือข่าย', 'ผู้ติดต่อ', 'กิจกรรม']) {
      const sheet = double.spreadsheet.sheets.find((s) => s.name === name);
      expect(sheet, name).toBeDefined();
      const column = sheet!.cells[0].findIndex((cell) => cell.value === CAPTURE_MARK_LABEL.th) + 1;
      expect(column, name).toBeGreaterThan(0);
      expect(sheet!.hiddenColumns.has(column), name).toBe(true);
    }
    script.run('sidebar', 'setupOrRepair', 'en');
    const reply = post(script, BATCH);
    expect(reply.results.map((r) => r.outcome)).toEqual(BATCH.map(() => 'duplicate'));
    expect(census(double).copies).toEqual(ONCE_EACH);
  });

  it('leaves a person erased after their batch failed before its log line: the retry answers "duplicate"', async () => {
    const { script, double } = await failedBeforeItsLogLine();
    const contacts = readRegister(adapterOver(double), ['contacts']).tables.contacts;
    const person = contacts.find((row) => row.name === 'ภารโรงสมชาย ไม่มีอีเมล');
    expect(person).toBeDefined();
    script.run('sidebar', 'removePerson', String(person!.id));

    const reply = post(script, BATCH);
    expect(reply.results.map((r) => r.outcome)).toEqual(BATCH.map(() => 'duplicate'));
    expect(census(double).copies).toEqual({ ...ONCE_EACH, contactWithoutEmail: 0 });
  });
});
