import type { ColumnDef } from './columns';
import { type DataTabKey } from './tabs';
/** The column a header names (by key, Thai or English label, or a known alias), if any. */
export declare function columnForHeader(tab: DataTabKey, header: string): ColumnDef | undefined;
/** How a header row maps to columns: the index of each column key, and the headers not understood. */
export interface HeaderMapping {
  /** Column key → index in the header row (the first such header wins). */
  indexOf: Record<string, number>;
  /** Headers (with their index) that name no column of the tab. */
  unknown: {
    index: number;
    header: string;
  }[];
  /** Headers that name a column already named by an earlier header. */
  repeated: {
    index: number;
    header: string;
    key: string;
  }[];
}
export declare function mapHeaders(tab: DataTabKey, headers: readonly string[]): HeaderMapping;
