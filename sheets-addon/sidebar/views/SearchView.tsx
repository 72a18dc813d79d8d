import { useSignal } from '@preact/signals';
import { enumLabel } from '../../../shared/schema/enumLookup';
import type { ContactSummary, PartnerSummary, RepairReport } from '../../core/contract';
import { RemovePersonConfirm } from '../components/RemovePersonConfirm';
import { useSidebar } from '../sidebarStore';

export type SearchViewProps = Record<string, never>;

type SearchKind = 'partners' | 'contacts';

/**
 * Finds partners by name (Thai-aware), id, email, phone or website; or contacts, each with the
 * PDPA *remove person* action.
 */
export function SearchView(_props: SearchViewProps) {
  const store = useSidebar();
  const { language, t } = store;
  const kind = useSignal<SearchKind>('partners');
  const query = useSignal('');
  const partners = useSignal<PartnerSummary[] | null>(null);
  const contacts = useSignal<ContactSummary[] | null>(null);
  const confirming = useSignal<ContactSummary | null>(null);
  const removed = useSignal<{ id: string; report: RepairReport } | null>(null);

  async function search(event: Event) {
    event.preventDefault();
    const text = query.value.trim();
    removed.value = null;
    confirming.value = null;
    if (kind.value === 'partners') {
      const found = await store.run((server) => server.searchPartners(text));
      if (found) partners.value = found;
    } else {
      const found = await store.run((server) => server.searchContacts(text));
      if (found) contacts.value = found;
    }
  }

  function choose(next: SearchKind) {
    kind.value = next;
    partners.value = null;
    contacts.value = null;
    confirming.value = null;
    removed.value = null;
  }

  function onRemoved(contact: ContactSummary, report: RepairReport) {
    confirming.value = null;
    removed.value = { id: contact.id, report };
    contacts.value = (contacts.value ?? []).filter((c) => c.id !== contact.id);
  }

  const results = kind.value === 'partners' ? partners.value : contacts.value;

  return (
    <section data-testid="search">
      <fieldset class="segmented">
        <legend>{t('searchWhat')}</legend>
        {(['partners', 'contacts'] as const).map((option) => (
          <label key={option} class={kind.value === option ? 'segment selected' : 'segment'}>
            <input
              type="radio"
              name="search-kind"
              value={option}
              checked={kind.value === option}
              data-testid={`search-kind-${option}`}
              onChange={() => choose(option)}
            />
            {t(option === 'partners' ? 'kindPartner' : 'kindContact')}
          </label>
        ))}
      </fieldset>
      <form onSubmit={search} class="search-form">
        <label for="search-query">
          {t(kind.value === 'partners' ? 'searchLabel' : 'searchContactsLabel')}
        </label>
        <div class="row">
          <input
            id="search-query"
            type="search"
            placeholder={t(kind.value === 'partners' ? 'searchPlaceholder' : 'searchContactsPlaceholder')}
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
          <strong>{t('removePersonDone', { id: removed.value.id })}</strong>
          <ul class="lines">
            {removed.value.report.changes.map((change, index) => (
              <li key={`${change.code}-${index}`}>{change.message[language.value]}</li>
            ))}
          </ul>
        </div>
      )}
      {results && <p class="muted">{t('searchResults', { count: results.length })}</p>}
      {kind.value === 'partners' && partners.value && (
        <ul class="results" data-testid="search-results">
          {partners.value.map((partner) => (
            <li key={partner.id}>
              <span class="id">{partner.id}</span> <strong>{partner.name}</strong>
              <span class="muted">
                {' '}
                {[
                  partner.sector && enumLabel('sector', partner.sector, language.value),
                  partner.status && enumLabel('partner_status', partner.status, language.value),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {kind.value === 'contacts' && contacts.value && (
        <ul class="results" data-testid="search-results">
          {contacts.value.map((contact) => (
            <li key={contact.id}>
              <span class="id">{contact.id}</span> <strong>{contact.name}</strong>
              <span class="muted">
                {' '}
                {[contact.role, contact.partnerName || contact.partnerId].filter(Boolean).join(' · ')}
              </span>
              {confirming.value?.id === contact.id ? (
                <RemovePersonConfirm
                  contact={contact}
                  onRemoved={(report) => onRemoved(contact, report)}
                  onCancel={() => (confirming.value = null)}
                />
              ) : (
                <div>
                  <button
                    type="button"
                    class="link"
                    onClick={() => (confirming.value = contact)}
                    data-testid={`remove-person-${contact.id}`}
                  >
                    {t('removePerson')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
