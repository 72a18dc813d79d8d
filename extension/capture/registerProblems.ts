import type { Capture } from '../../shared/capture/protocol';
import type { Language } from '../../shared/i18n/language';
import type { DataTabKey } from '../../shared/schema/tabs';

const TAB_OF: Partial<Record<Capture['kind'], DataTabKey>> = {
  partner: 'partners',
  contact: 'contacts',
  activity: 'activities',
};

/**
 * What the register would refuse in these captures (an email, a website, a LINE ID, a number it
 * cannot read), in the reader's language: each capture's values are put through the register's
 * own normaliseRow, as applying it will. Missing values are formProblems' to say. The
 * normalisers are loaded here, on save, not with the form.
 */
export async function registerProblems(captures: readonly Capture[], language: Language): Promise<string[]> {
  const [{ normaliseRow }, { tabDef }] = await Promise.all([
    import('../../shared/normalise/row'),
    import('../../shared/schema/tabs'),
  ]);
  const problems = new Set<string>();
  for (const capture of captures) {
    const tab = TAB_OF[capture.kind];
    if (!tab) continue;
    const columns = new Set(tabDef(tab).columns.map((column) => column.key));
    const raw: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(capture.fields))
      if (columns.has(key)) raw[key] = Array.isArray(value) ? value.join(', ') : value;
    for (const problem of normaliseRow(tab, raw).problems)
      if (problem.reason.code !== 'value.required') problems.add(problem.reason.message[language]);
  }
  return [...problems];
}
