import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { HomeView as HomeData } from '../../core/contract';
import { useSidebar } from '../sidebarStore';

export interface HomeViewProps {
  /** Opens the repair view (for a spreadsheet that is not a register yet). */
  onSetUp(): void;
}

/** The register's health at a glance: headline figures with what each means, then what needs attention. */
export function HomeView({ onSetUp }: HomeViewProps) {
  const store = useSidebar();
  const { language, t } = store;
  const home = useSignal<HomeData | null>(null);

  async function load() {
    const found = await store.run((server) => server.getHome());
    if (!found) return;
    home.value = found;
    store.registerLanguage.value = found.language;
  }
  useEffect(() => {
    load();
  }, [store.registerVersion.value]);

  const data = home.value;
  if (!data) return <p class="muted">{t('loading')}</p>;
  if (!data.isRegister) {
    return (
      <section data-testid="home">
        <p>{t('homeNotRegister')}</p>
        <button type="button" class="primary" onClick={onSetUp}>
          {t('homeSetUp')}
        </button>
      </section>
    );
  }
  return (
    <section data-testid="home">
      <h2>{t('homeHeadline')}</h2>
      <dl class="figures">
        {data.headline.map((figure) => (
          <div class="figure" key={figure.key} data-testid={`figure-${figure.key}`}>
            <dt>{figure.label[language.value]}</dt>
            <dd>
              <span class="figure-value">{figure.value}</span>
              <span class="figure-why">{figure.explanation[language.value]}</span>
            </dd>
          </div>
        ))}
      </dl>
      <h2>{t('homeAttention')}</h2>
      {data.attention.length === 0 ? (
        <p class="muted">{t('homeAllWell')}</p>
      ) : (
        <ul class="attention" data-testid="attention">
          {data.attention.map((item) => (
            <li key={item.key}>
              <p>{item.text[language.value]}</p>
              {item.details ? (
                <ul class="attention-details" data-testid={`attention-${item.key}`}>
                  {item.details.map((detail) => (
                    <li key={detail.label}>
                      <strong>{detail.label}</strong>
                      <span class="muted"> — {detail.line}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                item.names.length > 0 && (
                  <ul class="attention-names" data-testid={`attention-${item.key}`}>
                    {item.names.map((name, index) => (
                      <li key={item.ids[index]}>{name[language.value]}</li>
                    ))}
                  </ul>
                )
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={load}>
        {t('homeRefresh')}
      </button>
    </section>
  );
}
