import { describe, expect, it } from 'vitest';
import { readRegister } from '../../../sheets-addon/core/readRegister';
import { createAppsScriptDouble } from '../../doubles/appsScriptDouble';
import { apiOver } from '../core/records/registerOver';
import { adapterOver } from './adapterOverDouble';

/** A register in the Apps Script double with one partner holding `contacts` contacts, and the log reset. */
function register(contacts: number) {
  const double = createAppsScriptDouble();
  const workbook = adapterOver(double);
  const api = apiOver(workbook);
  api.setupOrRepair('th');
  api.addRecord('partner', { name: 'โรงเรียนบ้านห้วยทราย', sector: 'school' });
  api.addRecord('partner', { name: 'วัดสวนดอก', sector: 'religious' });
  const csv = ['ภาคีเครือข่าย,ชื่อผู้ติดต่อ', ...Array.from({ length: contacts }, (_, i) => `P-0001,ครู ${i + 1}`)];
  const imported = api.confirmImport({ tab: 'contacts', source: { csv: csv.join('\n') }, choices: {} });
  expect(imported.added).toHaveLength(contacts);
  double.log.reset();
  return { double, workbook, api, importId: imported.snapshotId! };
}

describe('editing, deleting and undoing in Sheets cost the same few calls however many rows they touch', () => {
  it('deleting a partner with its contacts, then undoing it', () => {
    const counts = [1, 200].map((contacts) => {
      const { double, workbook, api } = register(contacts);
      const report = api.deleteRecord('partners', 'P-0001', { dependents: 'delete' });
      const deleting = double.log.dataCalls().length;
      expect(readRegister(workbook, ['contacts']).tables.contacts).toEqual([]);
      double.log.reset();
      api.restoreSnapshot(report.snapshotId!);
      expect(readRegister(workbook, ['contacts']).tables.contacts).toHaveLength(contacts);
      return [deleting, double.log.dataCalls().length];
    });
    expect(counts[0]).toEqual(counts[1]);
  });

  it('undoing an import of 1 or 200 rows', () => {
    const counts = [1, 200].map((contacts) => {
      const { double, workbook, api, importId } = register(contacts);
      api.restoreSnapshot(importId);
      expect(readRegister(workbook, ['contacts']).tables.contacts).toEqual([]);
      return double.log.dataCalls().length;
    });
    expect(counts[0]).toBe(counts[1]);
  });

  it('editing one record', () => {
    const counts = [1, 200].map((contacts) => {
      const { double, api } = register(contacts);
      expect(api.updateRecord('contacts', 'C-0001', { role: 'ครูใหญ่' }).ok).toBe(true);
      return double.log.dataCalls().length;
    });
    expect(counts[0]).toBe(counts[1]);
  });
});
