import { resolve } from 'node:path';
import type { Language } from '../../../shared/i18n/language';
import { networkFigures } from '../../../shared/rollup/networkFigures';
import type { Settings } from '../../../shared/settings/settings';
import { MemoryChartCanvas } from '../../core/charts/chartCanvas';
import { districtList } from '../../core/district/districtList';
import { findDistrictSheet } from '../../core/district/districtSheet';
import { type RollupProgress, startDistrictRollup } from '../../core/district/runDistrictRollup';
import { FileWorkbook } from '../fileWorkbook';
import { LocalRegisters } from './localRegisters';

/**
 * The District tab of a district office's own folder on the local host, rolled up with the same
 * code as in Sheets: the list in `district.csv` (name, register folder or .xlsx path relative to
 * the office folder), read in one go — no 6-minute limit here — and written back to the folder.
 */
export async function officeRollup(
  dir: string,
  options: { settings: Settings; language: Language; now: string },
): Promise<RollupProgress> {
  const workbook = await FileWorkbook.open(dir);
  const existing = findDistrictSheet(workbook);
  const refs = existing ? districtList(workbook.readValues(existing)).map((entry) => entry.ref) : [];
  const reader = await LocalRegisters.load(refs, resolve(dir));
  const progress = startDistrictRollup(
    { workbook, reader, charts: new MemoryChartCanvas(), clock: () => 0, now: () => options.now },
    { settings: options.settings, language: options.language, networkFiguresOf: networkFigures },
  );
  await workbook.save();
  return progress;
}
