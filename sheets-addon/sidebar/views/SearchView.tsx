import { useSignal } from '@preact/signals';
import type { ContactSummary, RepairReport, SearchResult } from '../../core/contract';
import { RemovePersonConfirm } from '../components/RemovePersonConfirm';
import { useSidebar } from '../sidebarStore';

export type SearchViewProps = Record<string, never>;

/**
 * Finds partners and contacts in one list, by what people type (Thai abbreviations, phones in
 * any format); each result opens the record. Contacts also carry the PDPA *remove person* action.
 */
export function SearchView(_props: SearchViewProps) {
  const store = useSidebar();
  const { language, t } = store;
  const query = useSignal('');
  const results = useSignal<SearchResult[] | null>(null);
  const confirming = useSignal<string | null>(null);
  const removed = useSignal<{ id: string; name: string; report: RepairReport } | null>(null);

  async function search(event: Event) {
    event.preventDefault();
    removed.value = null;
    confirming.value = null;
    const found = await store.run((server) => server.searchRecords(query.value.trim()));
    if (found) results.value = found;
  }

  function onRemoved(id: string, name: string, report: RepairReport) {
    confirming.value = null;
    removed.value = { id, name, report };
    results.value = (results.value ?? []).filter((result) => result.id !== id);
  }

  function contactOf(result: SearchResult): ContactSummary {
    return { id: result.id, name: result.name, role: '', partnerId: '', partnerName: '' };
  }

  return (
    <section data-testid="search">
      <form onSubmit={search} class="search-form">
        <label for="search-query">{t('searchAllLabel')}</label>
        <div class="row">
          <input
            id="search-query"
            type="search"
            placeholder={t('searchAllPlaceholder')}
            value={query.value}
            data-testid="search-query"
            onInput={(event) => (query.value = event.currentTarget.value)}
          />
          <button type="submit" class="primary">
            {t('navSearch')}
          </button>
        </div>
      </form>
      {removed.value && (
        <div class="notice notice-ok" role="status" data-testid="remove-person-done">
          <strong>{t('removePersonDone', { name: removed.value.name })}</strong>
          <ul class="lines">
            {removed.value.report.changes.map((change, index) => (
              <li key={`${change.code}-${index}`}>{change.message[language.value]}</li>
            ))}
          </ul>
        </div>
      )}
      {results.value && (
        <p class="muted">
          {results.value.length === 0 ? t('searchNone') : t('searchResults', { count: results.value.length })}
        </p>
      )}
      {results.value && (
        <ul class="results" data-testid="search-results">
          {results.value.map((result) => (
            <li key={`${result.tab}-${result.id}`}>
              <button
                type="button"
                class="result-open"
                data-testid={`open-${result.id}`}
                onClick={() => (store.openRecord.value = { tab: result.tab, id: result.id })}
              >
                <strong>{result.name}</strong>
                <span class="muted small">
                  {t(`tab_${result.tab}`)}
                  {result.detail[language.value] ? ` · ${result.detail[language.value]}` : ''}
                </span>
              </button>
              {result.tab === 'contacts' &&
                (confirming.value === result.id ? (
                  <RemovePersonConfirm
                    contact={contactOf(result)}
                    onRemoved={(report) => onRemoved(result.id, result.name, report)}
                    onCancel={() => (confirming.value = null)}
                  />
                ) : (
                  <button
                    type="button"
                    class="link"
                    onClick={() => (confirming.value = result.id)}
                    data-testid={`remove-person-${result.id}`}
                  >
                    {t('removePerson')}
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
