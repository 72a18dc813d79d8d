import type { Language } from '../../shared/i18n/language';
import type { Register } from '../../shared/register/register';
import { ENUMS, type EnumName } from '../../shared/schema/enums';
import { DATA_TABS } from '../../shared/schema/tabs';
import type { Settings } from '../../shared/settings/settings';
import type { FormulaLayer } from '../../sheets-addon/core/formulaLayer';
import type { Grid } from '../../sheets-addon/core/workbook';

/**
 * A layer that writes no formulas: plain Settings and Lists and a count-only Summary. For tests
 * of the add-on that are about structure only (ids, columns, snapshots), where formulas would
 * only get in the way of reading cells back.
 */
export const interimFormulaLayer: FormulaLayer = {
  formulaColumns: () => [],
  formulaCells: () => ({}),
  starterRows: () => [],
  settingsGrid(settings: Settings, _language: Language): Grid {
    return [
      ['key', 'value'],
      ...Object.entries(settings).map(([key, value]) => [
        key,
        typeof value === 'object' && value !== null ? JSON.stringify(value) : value,
      ]),
    ];
  },
  listsGrid(_language: Language): Grid {
    const rows: Grid = [['list', 'key', 'th', 'en']];
    for (const name of Object.keys(ENUMS) as EnumName[]) {
      for (const value of ENUMS[name]) rows.push([name, value.key, value.th, value.en]);
    }
    return rows;
  },
  summary(register: Register, _layout, asOf: string) {
    return {
      grid: [
        [register.language === 'th' ? `สรุป ณ ${asOf}` : `Summary as of ${asOf}`, null],
        ...DATA_TABS.map((tab) => [tab.label[register.language], register.tables[tab.key].length]),
      ],
      tables: {},
    };
  },
  helperSheets: () => [],
  helperSources: [],
};
