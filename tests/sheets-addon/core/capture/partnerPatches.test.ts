import { beforeEach, describe, expect, it } from 'vitest';
import type { Capture } from '../../../../shared/capture/protocol';
import { pairingTokenFromUuids } from '../../../../shared/capture/token';
import { tabDef } from '../../../../shared/schema/tabs';
import { handlePost } from '../../../../sheets-addon/core/capture/captureHandler';
import { MemoryWorkbook } from '../../../../sheets-addon/core/memoryWorkbook';
import { readRegister } from '../../../../sheets-addon/core/readRegister';
import { registerFormulaLayer } from '../../../../sheets-addon/core/registerFormulaLayer';
import { PROPERTY } from '../../../../sheets-addon/core/registerProperties';
import { setupOrRepair } from '../../../../sheets-addon/core/setupOrRepair';
import { findDataSheet } from '../../../../sheets-addon/core/sheetLocator';

const NOW = '2026-11-25T08:00:00.000Z';
const TOKEN = pairingTokenFromUuids(crypto.randomUUID(), crypto.randomUUID());
let workbook: MemoryWorkbook;

function capture(kind: Capture['kind'], fields: Capture['fields'], extra: Partial<Capture> = {}): Capture {
  return { id: crypto.randomUUID(), kind, captured_at: NOW, source_url: '', fields, ...extra };
}

function post(captures: Capture[]) {
  return handlePost(JSON.stringify({ version: 1, token: TOKEN, captures }), {
    workbook,
    layer: registerFormulaLayer,
    now: () => NOW,
  });
}

beforeEach(() => {
  workbook = new MemoryWorkbook();
  expect(setupOrRepair(workbook, { layer: registerFormulaLayer, language: 'th', now: NOW }).ok).toBe(true);
  workbook.setProperties({ [PROPERTY.pairingToken]: TOKEN });
  post(['ก', 'ข', 'ค'].map((mark) => capture('partner', { name: `โรงเรียน${mark}`, notes: `เดิม ${mark}` })));
});

describe('notes and fills on existing partners', () => {
  it('keep what a person typed into those rows after the batch read them', () => {
    const sheet = findDataSheet(workbook.listSheets(), tabDef('partners'), 'th')!;
    const header = workbook.readValues(sheet)[0].map(String);
    const notes = header.indexOf(tabDef('partners').columns.find((c) => c.key === 'notes')!.label.th) + 1;
    const province =
      header.indexOf(tabDef('partners').columns.find((c) => c.key === 'province')!.label.th) + 1;
    // A person edits P-0001's notes and P-0002's province while the batch is being worked out:
    // right after the batch has read the Partners sheet.
    const readValues = workbook.readValues.bind(workbook);
    let edited = false;
    workbook.readValues = (name: string) => {
      const values = readValues(name);
      if (name === sheet && !edited) {
        edited = true;
        workbook.writeValues(sheet, 2, notes, [['เดิม ก — แก้ไขโดยครู']]);
        workbook.writeValues(sheet, 3, province, [['เชียงใหม่']]);
      }
      return values;
    };
    const reply = post([
      capture('note', { notes: 'บันทึกใหม่ ก' }, { partner_id: 'P-0001' }),
      capture('note', { notes: 'บันทึกใหม่ ค' }, { partner_id: 'P-0003' }),
    ]);
    expect(reply.results.map((result) => result.outcome)).toEqual(['added', 'added']);
    const partners = readRegister(workbook, ['partners']).tables.partners;
    expect(partners[0].notes).toContain('เดิม ก — แก้ไขโดยครู');
    expect(partners[0].notes).toContain('บันทึกใหม่ ก');
    expect(partners[1].province).toBe('เชียงใหม่');
    expect(partners[2].notes).toContain('บันทึกใหม่ ค');
  });
});
