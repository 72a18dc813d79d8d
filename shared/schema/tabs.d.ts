import type { Bilingual } from '../i18n/language';
import { type ColumnDef } from './columns';
/** A data tab of the register: a table with a frozen header row and an id per row. */
export interface TabDef {
  key: DataTabKey;
  /** Id prefix, e.g. `P` → `P-0001`. */
  idPrefix: string;
  label: Bilingual;
  aliases?: readonly string[];
  columns: readonly ColumnDef[];
}
export type DataTabKey =
  | 'partners'
  | 'contacts'
  | 'activities'
  | 'agreements'
  | 'resources'
  | 'indicators'
  | 'reflections';
export declare const PARTNERS: TabDef;
export declare const CONTACTS: TabDef;
export declare const ACTIVITIES: TabDef;
export declare const AGREEMENTS: TabDef;
export declare const RESOURCES: TabDef;
export declare const INDICATORS: TabDef;
export declare const REFLECTIONS: TabDef;
/** Every data tab, in the order they appear in a register. */
export declare const DATA_TABS: readonly TabDef[];
export declare const DATA_TAB_KEYS: readonly DataTabKey[];
/** Tabs the generators own, and the hidden ones the register keeps for itself. */
export declare const GENERATED_TABS: {
  readonly summary: {
    readonly en: 'Summary';
    readonly th: 'สรุปผล';
  };
  readonly district: {
    readonly en: 'District';
    readonly th: 'ภาพรวมเขต';
  };
  readonly settings: {
    readonly en: 'Settings';
    readonly th: 'ตั้งค่า';
  };
  readonly lists: {
    readonly en: 'Lists';
    readonly th: 'รายการตัวเลือก';
  };
  readonly captureLog: {
    readonly en: 'Capture log';
    readonly th: 'บันทึกการรับข้อมูล';
  };
};
export declare function tabDef(key: DataTabKey): TabDef;
export declare function isDataTabKey(value: unknown): value is DataTabKey;
