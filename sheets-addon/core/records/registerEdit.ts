import type { Language } from '../../../shared/i18n/language';
import { type Reason, reason } from '../../../shared/i18n/reason';
import { emptyTables, type Register } from '../../../shared/register/register';
import type { DataTabKey } from '../../../shared/schema/tabs';
import { layoutWith } from '../appendRecords';
import type { FormulaLayer, RegisterLayout } from '../formulaLayer';
import { helperSheetBlocks } from '../helperSheets';
import { ADDON_MESSAGES } from '../messages';
import { type RegisterProperties, readRegisterProperties } from '../registerProperties';
import type { SheetInfo, ValueBlock, Workbook } from '../workbook';
import { TabEdit } from './tabEdit';

/**
 * Several data tabs edited together (an edit, a delete with what refers to it, an undo): each
 * tab read once when first asked for, and everything written in one `writeBlocks`, together
 * with the helper sheets when a tab they depend on changed.
 */
export class RegisterEdit {
  private readonly tabs = new Map<DataTabKey, TabEdit | undefined>();

  private constructor(
    readonly workbook: Workbook,
    readonly layer: FormulaLayer,
    readonly stored: RegisterProperties,
    readonly language: Language,
    readonly sheets: SheetInfo[],
  ) {}

  /** Refuses a spreadsheet that is not a register yet. */
  static open(workbook: Workbook, layer: FormulaLayer): RegisterEdit | Reason {
    const stored = readRegisterProperties(workbook.getProperties());
    if (!stored.isRegister) return reason('register.not_set_up', ADDON_MESSAGES.notRegister);
    const language = stored.language ?? stored.settings.language;
    return new RegisterEdit(workbook, layer, stored, language, workbook.listSheets());
  }

  tab(key: DataTabKey): TabEdit | undefined {
    if (!this.tabs.has(key))
      this.tabs.set(key, TabEdit.open(this.workbook, key, this.layer, this.language, this.sheets));
    return this.tabs.get(key);
  }

  /** Writes every changed tab, and the helper sheets they feed, in one call where the host can. */
  write(): void {
    let layout = this.stored.layout;
    for (const [key, edit] of this.tabs)
      if (edit) layout = layoutWith(layout, key, edit.columns, edit.sheet, this.language);
    const base: RegisterLayout = layout ?? layoutWith(null, 'partners', {}, '', this.language);
    const blocks: ValueBlock[] = [];
    for (const edit of this.tabs.values()) {
      const block = edit?.block(base);
      if (block) blocks.push(block);
    }
    if (blocks.length === 0) return;
    const helpers = this.layer.helperSources.filter((key) => this.tabs.get(key)?.changed);
    if (helpers.length > 0) {
      const register: Register = {
        language: this.language,
        tables: emptyTables(),
        counters: this.stored.counters,
        settings: this.stored.settings,
      };
      for (const key of this.layer.helperSources) {
        const edit = this.tab(key);
        if (edit) register.tables[key] = [...edit.rows().map(({ row }) => row), ...edit.appendedRows()];
      }
      blocks.push(...helperSheetBlocks(this.workbook, this.layer, register, base, this.sheets));
    }
    this.workbook.writeBlocks(blocks);
  }
}
