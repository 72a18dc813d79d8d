import { encodePairingCode } from '../../shared/capture/pairing';
import { checkWebAppUrl } from '../../shared/capture/webAppUrl';
import type { Language } from '../../shared/i18n/language';
import { reason } from '../../shared/i18n/reason';
import { matchPartner } from '../../shared/match/matchPartner';
import { buildPartnerIndex } from '../../shared/match/partnerIndex';
import { listItems, type Row } from '../../shared/register/register';
import type { DataTabKey } from '../../shared/schema/tabs';
import { matchesQuery } from '../../shared/search/thaiSearch';
import type { Settings } from '../../shared/settings/settings';
import { appendRecords } from './appendRecords';
import type { ChartCanvas } from './charts/chartCanvas';
import type {
  AddRecordResult,
  AdoptableSheet,
  DuplicateWarning,
  ImportOutcome,
  ImportPreview,
  ImportRequest,
  Pairing,
  RecordKind,
  RepairReport,
  SidebarApi,
} from './contract';
import type { FormulaLayer } from './formulaLayer';
import { homeView } from './homeView';
import { ADDON_MESSAGES } from './messages';
import { readRegister } from './readRegister';
import { recordMethods } from './records/recordMethods';
import { undoSnapshot } from './records/undoSnapshot';
import { createRegisterCsv } from './registerCsv';
import { PROPERTY, readRegisterProperties } from './registerProperties';
import { removePerson } from './removePerson';
import { readSettings, saveSettings } from './settingsStore';
import { setupOrRepair } from './setupOrRepair';
import { listSnapshots } from './snapshots';
import type { Workbook } from './workbook';

/** What the sidebar's server functions need from their host. */
export interface SidebarHost {
  workbook: Workbook;
  layer: FormulaLayer;
  /** Now, ISO 8601. */
  now(): string;
  /**
   * The URL the browser extension posts captures to, where the host knows it (the local host).
   * Absent on Apps Script: there the script cannot learn its own `/exec` URL (a sidebar only
   * sees the editors-only `/dev` one), so the school pastes it (`setWebAppUrl`).
   */
  endpoint?(): string;
  /** A fresh unguessable pairing token. */
  newToken(): string;
  /** CSV import/export; the CSV engine over the port unless a host brings its own. */
  csv?: CsvPort;
  /** Where setup draws the Summary's native charts; the local host draws none. */
  charts?: ChartCanvas;
}

/** The CSV engine as the add-on uses it: plan an import against the register, apply it, export a tab. */
export interface CsvPort {
  adoptableSheets(workbook: Workbook): AdoptableSheet[];
  previewImport(workbook: Workbook, request: ImportRequest): ImportPreview;
  confirmImport(workbook: Workbook, request: ImportRequest, now: string): ImportOutcome;
  exportCsv(workbook: Workbook, tab: DataTabKey, language: Language): { filename: string; text: string };
}

const TAB_OF: Record<RecordKind, DataTabKey> = {
  partner: 'partners',
  contact: 'contacts',
  activity: 'activities',
};
/** Search results shown at once; the sidebar asks again with a longer query. */
const SEARCH_LIMIT = 50;
/** A name-only match below this is not worth a warning. */
const DUPLICATE_MIN_SCORE = 0.5;

/** A phone cell's digits run together, so `898765432` still finds `089-876-5432`. */
function phoneDigits(cell: Row[string]): string {
  return typeof cell === 'string' ? cell.replace(/[^\d,]/g, '') : '';
}

/** The first rows whose named cells match the query; a phone is searched also as its bare digits. */
function firstMatches(rows: readonly Row[], keys: readonly string[], query: string): Row[] {
  return rows
    .filter((row) =>
      matchesQuery(
        keys
          .flatMap((key) => (key === 'phone' ? [row.phone, phoneDigits(row.phone)] : [row[key]]))
          .map((cell) => cell ?? '')
          .join(' '),
        query,
      ),
    )
    .slice(0, SEARCH_LIMIT);
}

/** The sidebar's server functions over any workbook: the one implementation both hosts expose. */
export function createSidebarApi(host: SidebarHost): SidebarApi {
  const { workbook, layer } = host;
  const csv = host.csv ?? createRegisterCsv(layer, () => host.now().slice(0, 10));
  const endpointOf = (stored: Record<string, string>) =>
    host.endpoint?.() ?? stored[PROPERTY.webAppUrl] ?? '';

  function partnerMatch(fields: Row): DuplicateWarning | null {
    const register = readRegister(workbook, ['partners', 'contacts']);
    const index = buildPartnerIndex(register.tables.partners, register.tables.contacts);
    const found = matchPartner(index, {
      name: typeof fields.name === 'string' ? fields.name : undefined,
      emails: listItems(fields.email),
      phones: listItems(fields.phone),
      website: typeof fields.website === 'string' ? fields.website : undefined,
    });
    return found && found.score >= DUPLICATE_MIN_SCORE ? { ...found } : null;
  }

  function resolvePartnerRefs(kind: RecordKind, fields: Row): AddRecordResult | Row {
    if (kind !== 'contact') return fields;
    const ref = fields.partner_id;
    if (typeof ref !== 'string' || ref.trim() === '' || /^p\s*-?\s*\d+$/i.test(ref.trim())) return fields;
    const match = partnerMatch({ name: ref });
    if (!match) {
      return {
        ok: false,
        problems: [
          {
            column: 'partner_id',
            reason: reason('partner.not_found', ADDON_MESSAGES.partnerNotFound, { name: ref }),
          },
        ],
      };
    }
    return { ...fields, partner_id: match.id };
  }

  const records = recordMethods(workbook, layer, () => host.now());

  const api: SidebarApi = {
    ...records,
    updateRecord(tab, id, fields) {
      const resolved = tab === 'contacts' ? resolvePartnerRefs('contact', fields) : fields;
      if ('ok' in resolved) return resolved as AddRecordResult;
      const outcome = records.updateRecord(tab, id, resolved);
      return outcome.ok ? { ok: true, id: outcome.id, snapshotId: outcome.snapshotId } : outcome;
    },
    getHome() {
      const properties = readRegisterProperties(workbook.getProperties());
      return homeView(readRegister(workbook), properties.isRegister, host.now().slice(0, 10));
    },
    searchPartners(query) {
      const { partners } = readRegister(workbook, ['partners']).tables;
      return firstMatches(partners, ['id', 'name', 'email', 'phone', 'website'], query).map((row) => ({
        id: String(row.id ?? ''),
        name: String(row.name ?? ''),
        sector: String(row.sector ?? ''),
        status: String(row.status ?? ''),
      }));
    },
    searchContacts(query) {
      const { partners, contacts } = readRegister(workbook, ['partners', 'contacts']).tables;
      const partnerName = new Map(partners.map((row) => [String(row.id ?? ''), String(row.name ?? '')]));
      return firstMatches(contacts, ['id', 'name', 'email', 'phone', 'line_id'], query).map((row) => ({
        id: String(row.id ?? ''),
        name: String(row.name ?? ''),
        role: String(row.role ?? ''),
        partnerId: String(row.partner_id ?? ''),
        partnerName: partnerName.get(String(row.partner_id ?? '')) ?? '',
      }));
    },
    checkDuplicate(fields) {
      return partnerMatch(fields);
    },
    addRecord(kind, fields) {
      const resolved = resolvePartnerRefs(kind, fields);
      if ('ok' in resolved) return resolved as AddRecordResult;
      const matched = kind === 'partner' ? partnerMatch(resolved) : null;
      const outcome = appendRecords(workbook, TAB_OF[kind], [resolved], { layer, now: host.now() });
      if (!outcome.ok) return { ok: false, problems: [{ column: '', reason: outcome.reason }] };
      const refused = outcome.value.refused[0];
      if (refused) return { ok: false, problems: refused.problems };
      return matched
        ? { ok: true, id: outcome.value.added[0], matched }
        : { ok: true, id: outcome.value.added[0] };
    },
    listAdoptableSheets() {
      return csv.adoptableSheets(workbook);
    },
    previewImport(request) {
      return csv.previewImport(workbook, request);
    },
    confirmImport(request) {
      return csv.confirmImport(workbook, request, host.now());
    },
    exportCsv(tab, language) {
      return csv.exportCsv(workbook, tab, language);
    },
    getSettings() {
      return readSettings(workbook);
    },
    saveSettings(settings: Settings) {
      const saved = saveSettings(workbook, layer, settings);
      if (!saved.ok) throw new Error(`${saved.reason.message.th} / ${saved.reason.message.en}`);
      return saved.value;
    },
    setupOrRepair(language): RepairReport {
      const outcome = setupOrRepair(workbook, { layer, language, now: host.now(), charts: host.charts });
      return outcome.ok ? outcome.report : { changes: [outcome.reason], snapshotId: null };
    },
    getPairing() {
      const stored = workbook.getProperties();
      const token = stored[PROPERTY.pairingToken];
      return token ? pairing(endpointOf(stored), token) : api.rotatePairingToken();
    },
    rotatePairingToken() {
      const token = host.newToken();
      workbook.setProperties({ [PROPERTY.pairingToken]: token });
      return pairing(endpointOf(workbook.getProperties()), token);
    },
    setWebAppUrl(url) {
      const checked = checkWebAppUrl(url);
      // A refusal reaches the sidebar as its failure notice, worded "ไทย / English" like the others.
      if (!checked.ok) throw new Error(`${checked.reason.message.th} / ${checked.reason.message.en}`);
      workbook.setProperties({ [PROPERTY.webAppUrl]: checked.value });
      return api.getPairing();
    },
    listSnapshots() {
      return listSnapshots(workbook);
    },
    restoreSnapshot(id, removeEdited) {
      return undoSnapshot(workbook, id, { layer, now: host.now(), charts: host.charts, removeEdited });
    },
    removePerson(contactId) {
      const outcome = removePerson(workbook, contactId);
      // A refusal reaches the sidebar as its failure notice, worded "ไทย / English" like the others.
      if (!outcome.ok) throw new Error(`${outcome.reason.message.th} / ${outcome.reason.message.en}`);
      return outcome.report;
    },
  };
  return api;
}

/** The pairing details and the one string (`netreg1:…`) the extension accepts; no code without an endpoint. */
export function pairing(endpoint: string, token: string): Pairing {
  if (endpoint === '') return { endpoint, token, code: '', needsWebAppUrl: true };
  return { endpoint, token, code: encodePairingCode({ endpoint, token }) };
}
