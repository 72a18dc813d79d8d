import { dateText } from '../../../shared/i18n/dateText';
import type { Language } from '../../../shared/i18n/language';
import { type Reason, reason } from '../../../shared/i18n/reason';
import { recordName } from '../../../shared/register/recordName';
import { cellText, type Row } from '../../../shared/register/register';
import { enumLabel } from '../../../shared/schema/enumLookup';
import { phoneMatches, phoneQueryDigits } from '../../../shared/search/phoneSearch';
import { matchesQuery } from '../../../shared/search/thaiSearch';
import type { SearchResult, SidebarApi } from '../contract';
import type { FormulaLayer } from '../formulaLayer';
import { readRegister } from '../readRegister';
import type { Workbook } from '../workbook';
import { deleteRecord, recordReferences } from './deleteRecord';
import { RECORD_MESSAGES } from './recordMessages';
import { RegisterEdit } from './registerEdit';
import { updateRecord } from './updateRecord';

/** Search results shown at once; the sidebar asks again with a longer query. */
const SEARCH_RECORDS_LIMIT = 50;

/** Tabs searched after partners and contacts, in the register's order. */
const OTHER_SEARCHED_TABS = ['activities', 'agreements', 'resources', 'indicators', 'reflections'] as const;

/** What people type to find a row of each other tab, and the date its result line shows. */
const SEARCHED_COLUMNS: Record<(typeof OTHER_SEARCHED_TABS)[number], { text: string[]; date: string }> = {
  activities: { text: ['title', 'outputs', 'outcomes', 'owner'], date: 'date' },
  agreements: { text: ['title', 'commitments'], date: 'signed' },
  resources: { text: ['description'], date: 'date' },
  indicators: { text: ['name', 'unit'], date: '' },
  reflections: { text: ['challenge', 'lesson', 'next_action', 'owner'], date: 'date' },
};

/** A refusal reaches the sidebar as its failure notice, worded "ไทย / English" like the others. */
function refusal(why: Reason): Error {
  return new Error(`${why.message.th} / ${why.message.en}`);
}

type RecordMethods = Pick<SidebarApi, 'searchRecords' | 'getRecord' | 'recordReferences' | 'deleteRecord'> & {
  updateRecord(...args: Parameters<SidebarApi['updateRecord']>): ReturnType<typeof updateRecord>;
};

/** The sidebar's record methods: search everything, open one record, change it, delete it. */
export function recordMethods(workbook: Workbook, layer: FormulaLayer, now: () => string): RecordMethods {
  return {
    searchRecords(query) {
      const tables = readRegister(workbook, ['partners', 'contacts', ...OTHER_SEARCHED_TABS]).tables;
      const { partners, contacts } = tables;
      const phone = phoneQueryDigits(query);
      const hit = (row: Row, keys: string[]) =>
        matchesQuery(keys.map((key) => cellText(row[key] ?? null)).join(' '), query) ||
        (phone !== undefined && phoneMatches(row.phone, phone));
      const partnerName = new Map(partners.map((row) => [cellText(row.id ?? null), recordName(row)]));
      const found: SearchResult[] = [];
      for (const row of partners) {
        if (!hit(row, ['id', 'name', 'email', 'phone', 'website', 'line_id', 'tags'])) continue;
        const sector = cellText(row.sector ?? null);
        found.push({
          tab: 'partners',
          id: cellText(row.id ?? null),
          name: recordName(row),
          detail: sector
            ? { th: enumLabel('sector', sector, 'th'), en: enumLabel('sector', sector, 'en') }
            : { th: '', en: '' },
        });
      }
      for (const row of contacts) {
        if (!hit(row, ['id', 'name', 'email', 'phone', 'line_id', 'role'])) continue;
        const partner = cellText(row.partner_id ?? null);
        const detail = [cellText(row.role ?? null), partnerName.get(partner) || partner]
          .filter(Boolean)
          .join(' · ');
        found.push({
          tab: 'contacts',
          id: cellText(row.id ?? null),
          name: recordName(row),
          detail: { th: detail, en: detail },
        });
      }
      for (const tab of OTHER_SEARCHED_TABS) {
        const searched = SEARCHED_COLUMNS[tab];
        for (const row of tables[tab]) {
          if (!hit(row, ['id', ...searched.text])) continue;
          const day = cellText(row[searched.date] ?? null);
          const partnerNames = cellText(row.partner_ids ?? row.partner_id ?? null)
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean)
            .map((id) => partnerName.get(id) || id)
            .join(', ');
          const detail = (language: Language) =>
            [day ? dateText(day, language) : '', partnerNames].filter(Boolean).join(' · ');
          found.push({
            tab,
            id: cellText(row.id ?? null),
            name: recordName(row),
            detail: { th: detail('th'), en: detail('en') },
          });
        }
      }
      return found.filter((result) => result.id !== '').slice(0, SEARCH_RECORDS_LIMIT);
    },
    getRecord(tab, id) {
      const edit = RegisterEdit.open(workbook, layer);
      if (!(edit instanceof RegisterEdit)) throw refusal(edit);
      const sheet = edit.tab(tab);
      const index = sheet?.indexOf(id);
      if (!sheet || index === undefined)
        throw refusal(reason('record.not_found', RECORD_MESSAGES.notFound, { id }));
      return sheet.row(index);
    },
    updateRecord(tab, id, fields) {
      return updateRecord(workbook, tab, id, fields, { layer, now: now() });
    },
    recordReferences(tab, id) {
      const found = recordReferences(workbook, tab, id, layer);
      if ('code' in found) throw refusal(found);
      return found;
    },
    deleteRecord(tab, id, plan) {
      const outcome = deleteRecord(workbook, tab, id, plan, { layer, now: now() });
      if (!outcome.ok) throw refusal(outcome.reason);
      return { changes: outcome.changes, snapshotId: outcome.snapshotId };
    },
  };
}
