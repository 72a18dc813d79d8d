import { reason } from '../../../shared/i18n/reason';
import { idNumber } from '../../../shared/ids/ids';
import { DATA_TABS } from '../../../shared/schema/tabs';
import type { FolderProblem, LoadedRegister } from './loadRegister';
import { FOLDER_MESSAGES } from './messages';

/**
 * What a save cut short by an older version (or a hand edit) can leave behind and the per-tab
 * checks do not see: a tab's id counter in register.json below an id its rows already use, so
 * rows and counters were not saved together.
 */
export function tornStateProblems({ register, lines, meta }: LoadedRegister): FolderProblem[] {
  const problems: FolderProblem[] = [];
  for (const tab of DATA_TABS) {
    let highest = 0;
    let at = -1;
    register.tables[tab.key].forEach((row, i) => {
      const n = idNumber(tab.key, row.id);
      if (n !== undefined && n > highest) {
        highest = n;
        at = i;
      }
    });
    // A folder that never had register.json (written by other tools) keeps no counter to compare.
    const counter = meta.counters?.[tab.key];
    if (at >= 0 && typeof counter === 'number' && counter < highest)
      problems.push({
        tab: tab.key,
        line: lines[tab.key][at],
        column: 'id',
        reason: reason('folder.counter_behind', FOLDER_MESSAGES['folder.counter_behind'], {
          counter: String(counter),
          id: String(register.tables[tab.key][at].id),
        }),
      });
  }
  return problems;
}
