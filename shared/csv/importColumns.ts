import { columnForHeader, type HeaderMapping, mapHeaders } from '../schema/columnLookup';
import { type DataTabKey, tabDef } from '../schema/tabs';
import type { ImportChoices } from './importChoices';
import type { ImportPlan } from './importPlanTypes';

/** The person columns a partner list may carry. */
const PERSON_KEYS = ['name', 'role', 'line_id'];

/** How a file's header is read: what the wizard's column step shows and what the line reader uses. */
export interface ImportColumns {
  /** The header as the lines are read: chosen columns named by their key, ignored ones blank. */
  header: string[];
  mapping: HeaderMapping;
  /** A partner list's person columns: contact column key → header text (in `header`). */
  persons: Record<string, string>;
  /** Each header of the file and the column it fills, as the plan reports it. */
  shown: ImportPlan['mapping'];
}

/**
 * The header as the planner reads it once the person's column choices are put in: a chosen
 * column is named by its key (keys win over labels), an ignored one is blanked, a person column
 * of a partner list keeps a `contacts.` name. Undefined when the person chose nothing.
 */
function chosenColumns(
  tab: DataTabKey,
  header: readonly string[],
  choices: ImportChoices,
): { header: string[]; chosen: Set<number> } | undefined {
  const given = choices.columns;
  if (!given || Object.keys(given).length === 0) return undefined;
  const keys = new Set(tabDef(tab).columns.map((column) => column.key));
  const chosen = new Set<number>();
  const rewritten = header.map((name, index) => {
    // A choice names its header by position (the sidebar) or by its text (a CLI mapping file).
    const at = Object.hasOwn(given, String(index))
      ? String(index)
      : Object.hasOwn(given, name)
        ? name
        : undefined;
    if (at === undefined) return name;
    const column = given[at];
    if (column === null) {
      chosen.add(index);
      return '';
    }
    const person =
      tab === 'partners' && column.startsWith('contacts.') && PERSON_KEYS.includes(column.slice(9));
    if (!keys.has(column) && !person) return name;
    chosen.add(index);
    return column;
  });
  // A header naming the same column as a chosen one would take it first: the person's choice wins.
  const taken = new Set(rewritten.filter((_, index) => chosen.has(index)));
  return {
    header: rewritten.map((name, index) => {
      if (chosen.has(index) || name === '') return name;
      const column = columnForHeader(tab, name)?.key;
      return column !== undefined && taken.has(column) ? '' : name;
    }),
    chosen,
  };
}

/**
 * Where the contact columns of a partner list sit (ผู้ติดต่อ, ตำแหน่ง … in an older Thai list, or
 * the ones the person mapped to `contacts.…`): contact column key → header text.
 */
function personColumns(
  header: readonly string[],
  unknown: readonly { index: number; header: string }[],
  chosen: ReadonlySet<number> | undefined,
): Record<string, string> {
  const found: Record<string, string> = {};
  header.forEach((name, index) => {
    if (!chosen?.has(index) || !name.startsWith('contacts.')) return;
    const key = name.slice(9);
    if (!(key in found)) found[key] = name;
  });
  for (const { index, header: name } of unknown) {
    if (chosen?.has(index)) continue;
    const column = columnForHeader('contacts', name);
    if (column && PERSON_KEYS.includes(column.key) && !(column.key in found)) found[column.key] = name;
  }
  return found;
}

/**
 * The column-mapping step: headers understood as keys or th/en labels and aliases, or as the
 * person mapped them; a partner list's person columns become a contact of the partner.
 */
export function importColumns(tab: DataTabKey, header: string[], choices: ImportChoices): ImportColumns {
  const columns = chosenColumns(tab, header, choices);
  const effective = columns?.header ?? header;
  const mapping = mapHeaders(tab, effective);
  const persons = tab === 'partners' ? personColumns(effective, mapping.unknown, columns?.chosen) : {};
  const shown = header.map((name, index) => {
    const key = Object.entries(mapping.indexOf).find(([, at]) => at === index)?.[0];
    const person = Object.entries(persons).find(([, h]) => h === effective[index])?.[0];
    const column = key ?? (person ? `contacts.${person}` : null);
    return columns?.chosen.has(index) ? { header: name, column, chosen: true } : { header: name, column };
  });
  return { header: effective, mapping, persons, shown };
}
