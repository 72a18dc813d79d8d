import type { Language } from '../../shared/i18n/language';
import { MESSAGES } from '../i18n/messages';

type SourceWord = keyof (typeof MESSAGES)['th']['sources'];

// Extraction's source codes (shared/extract: 'json-ld', 'meta:title', 'tel' …) as the kinds a person tells apart.
const WORD_OF: Record<string, SourceWord> = {
  'meta:title': 'title',
  'meta:og': 'title',
  meta: 'title',
  'meta:description': 'description',
  'json-ld': 'structured',
  microdata: 'structured',
  'h-card': 'structured',
  'h-event': 'structured',
  text: 'text',
  table: 'text',
  heading: 'heading',
  mailto: 'pageLink',
  tel: 'pageLink',
  link: 'pageLink',
  selection: 'selection',
  url: 'address',
  'chosen-link': 'chosenLink',
  typed: 'typed',
  name: 'byName',
  domain: 'byDomain',
  title: 'byTitle',
};

/** Where a value came from, in words ("from the page title"); several sources read as one list. */
export function sourceInWords(sources: string, language: Language): string {
  const words = MESSAGES[language].sources;
  const distinct = [
    ...new Set(
      sources
        .split(/\s*,\s*/)
        .filter(Boolean)
        .map((code) => words[WORD_OF[code] ?? 'page']),
    ),
  ];
  return distinct.join(language === 'th' ? ' และ' : ' and ');
}
