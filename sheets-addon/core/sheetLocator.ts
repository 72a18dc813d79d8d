import type { Language } from '../../shared/i18n/language';
import { foldLabel } from '../../shared/schema/headerText';
import { GENERATED_TABS, type TabDef } from '../../shared/schema/tabs';
import type { SheetInfo } from './workbook';

/** A sheet the register keeps besides the data tabs. */
export type GeneratedSheet = keyof typeof GENERATED_TABS;

/** The hidden sheet that holds undo snapshots; never shown, so one name in every language. */
export const SNAPSHOT_SHEET = 'netreg_snapshots';

/** The name a data tab's sheet has in a language. */
export function dataSheetName(tab: TabDef, language: Language): string {
  return tab.label[language];
}

export function generatedSheetName(which: GeneratedSheet, language: Language): string {
  return GENERATED_TABS[which][language];
}

/**
 * The sheet holding a data tab, found by its name in the language, then the other language,
 * its key or an alias — so a register survives a language switch or a renamed tab.
 */
export function findDataSheet(
  sheets: readonly SheetInfo[],
  tab: TabDef,
  language: Language,
): string | undefined {
  return findByNames(sheets, [
    tab.label[language],
    tab.label.en,
    tab.label.th,
    tab.key,
    ...(tab.aliases ?? []),
  ]);
}

export function findGeneratedSheet(
  sheets: readonly SheetInfo[],
  which: GeneratedSheet,
  language: Language,
): string | undefined {
  const names = GENERATED_TABS[which];
  return findByNames(sheets, [names[language], names.en, names.th, which]);
}

function findByNames(sheets: readonly SheetInfo[], names: readonly string[]): string | undefined {
  for (const name of names) {
    const folded = foldLabel(name);
    const found = sheets.find((sheet) => foldLabel(sheet.name) === folded);
    if (found) return found.name;
  }
  return undefined;
}
