import { useSignal } from '@preact/signals';
import type { PartnerSummary } from '../../core/contract';
import { useSidebar } from '../sidebarStore';

export type SearchViewProps = Record<string, never>;

/** Finds partners by name (Thai-aware), id, email, phone or website. */
export function SearchView(_props: SearchViewProps) {
  const store = useSidebar();
  const { t } = store;
  const query = useSignal('');
  const results = useSignal<PartnerSummary[] | null>(null);

  async function search(event: Event) {
    event.preventDefault();
    const found = await store.run((server) => server.searchPartners(query.value.trim()));
    if (found) results.value = found;
  }

  return (
    <section data-testid="search">
      <form onSubmit={search} class="search-form">
        <label for="search-query">{t('searchLabel')}</label>
        <div class="row">
          <input
            id="search-query"
            type="search"
            placeholder={t('searchPlaceholder')}
            value={query.value}
            data-testid="search-query"
            onInput={(event) => (query.value = event.currentTarget.value)}
          />
          <button type="submit" class="primary">
            {t('navSearch')}
          </button>
        </div>
      </form>
      {results.value && (
        <>
          <p class="muted">{t('searchResults', { count: results.value.length })}</p>
          <ul class="results" data-testid="search-results">
            {results.value.map((partner) => (
              <li key={partner.id}>
                <span class="id">{partner.id}</span> <strong>{partner.name}</strong>
                <span class="muted">
                  {' '}
                  {partner.sector} · {partner.status}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
