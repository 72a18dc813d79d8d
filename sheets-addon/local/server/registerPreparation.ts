import { existsSync } from 'node:fs';
import type { Language } from '../../../shared/i18n/language';
import type { RepairReport } from '../../core/contract';
import { readRegisterProperties } from '../../core/registerProperties';
import { withFileWorkbook } from '../fileWorkbook';
import { copyRegisterFolder } from '../registerFolder';
import { callSidebarMethod } from './sidebarRoute';

/** What preparing the folder did. */
export interface RegisterPreparation {
  /** The demo register was copied into the folder (first run). */
  copied: boolean;
  /** Setup ran (the folder held data but was not a register yet); null when it was one already. */
  setUp: RepairReport | null;
}

/**
 * `npm start`'s first run: copy the shipped demo register into `dir` when nothing is there (an
 * existing folder is never overwritten), then set it up with the add-on's own setup, so its tabs
 * carry headers, choices and formula cells as in Sheets.
 */
export async function prepareDemoRegister(dir: string, demo: string): Promise<RegisterPreparation> {
  let copied = false;
  if (!existsSync(dir)) {
    await copyRegisterFolder(demo, dir);
    copied = true;
  }
  const setUp = await withFileWorkbook(dir, (workbook) => {
    const properties = readRegisterProperties(workbook.getProperties());
    if (properties.isRegister) return null;
    const language: Language = properties.language ?? properties.settings.language;
    // Setup never reads the capture endpoint (only pairing does), so none is needed yet.
    return callSidebarMethod(workbook, '', 'setupOrRepair', [language]) as RepairReport;
  });
  return { copied, setUp };
}
