import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { LANGUAGES } from '../../../shared/i18n/language';
import type { EngagementWeights, ReportingPeriod, Settings } from '../../../shared/settings/settings';
import type { MessageKey } from '../messages';
import { useSidebar } from '../sidebarStore';

export type SettingsViewProps = Record<string, never>;

const PERIODS: readonly ReportingPeriod[] = ['last_12_months', 'academic_year', 'fiscal_year'];
const WEIGHTS: readonly (keyof EngagementWeights)[] = [
  'recency',
  'frequency',
  'depth',
  'resources',
  'agreement',
];
const THRESHOLDS = [
  { key: 'fresh_days', label: 'settingsFresh' },
  { key: 'stale_days', label: 'settingsStale' },
  { key: 'expiring_days', label: 'settingsExpiring' },
] as const satisfies readonly { key: keyof Settings; label: MessageKey }[];

/** As-of date, thresholds, engagement weights (shown, editable, total 100), period and language. */
export function SettingsView(_props: SettingsViewProps) {
  const store = useSidebar();
  const { t } = store;
  const settings = useSignal<Settings | null>(null);
  const saved = useSignal(false);
  /** The language the register was in when the view opened; a change is applied by repair. */
  const loadedLanguage = useSignal<Settings['language'] | null>(null);
  const languageSnapshot = useSignal<string | null>(null);

  useEffect(() => {
    store
      .run((server) => server.getSettings())
      .then((found) => {
        if (!found) return;
        settings.value = found;
        loadedLanguage.value = store.registerLanguage.value ?? found.language;
      });
  }, []);

  const current = settings.value;
  if (!current) return <p class="muted">{t('loading')}</p>;
  const edit = (patch: Partial<Settings>) => {
    settings.value = { ...current, ...patch };
    saved.value = false;
  };
  const total = WEIGHTS.reduce((sum, key) => sum + (Number(current.weights[key]) || 0), 0);

  async function save(event: Event) {
    event.preventDefault();
    const result = await store.run((server) => server.saveSettings(settings.value!));
    if (!result) return;
    settings.value = result;
    saved.value = true;
    if (result.language !== loadedLanguage.value) {
      // Headers, choices, Lists and Settings are relabelled in one batch, with an undo snapshot.
      const report = await store.run((server) => server.setupOrRepair(result.language));
      if (report) {
        languageSnapshot.value = report.snapshotId;
        loadedLanguage.value = result.language;
        store.registerLanguage.value = result.language;
      }
    }
    store.language.value = result.language;
    store.changed();
  }

  async function undoLanguage(snapshotId: string) {
    const done = await store.run((server) => server.restoreSnapshot(snapshotId));
    if (!done) return;
    languageSnapshot.value = null;
    const restored = await store.run((server) => server.getSettings());
    if (restored) {
      settings.value = restored;
      loadedLanguage.value = restored.language;
      store.registerLanguage.value = restored.language;
      store.language.value = restored.language;
    }
    store.changed();
  }

  return (
    <form class="settings" data-testid="settings" onSubmit={save} noValidate>
      <div class="field">
        <label for="settings-as-of">{t('settingsAsOf')}</label>
        <input
          id="settings-as-of"
          type="date"
          value={current.as_of ?? ''}
          onInput={(event) => edit({ as_of: event.currentTarget.value || null })}
        />
      </div>
      {THRESHOLDS.map(({ key, label }) => (
        <div class="field" key={key}>
          <label for={`settings-${key}`}>{t(label)}</label>
          <input
            id={`settings-${key}`}
            type="number"
            min={0}
            value={current[key]}
            onInput={(event) => edit({ [key]: Number(event.currentTarget.value) })}
          />
        </div>
      ))}
      <fieldset class="weights">
        <legend>{t('settingsWeights')}</legend>
        {WEIGHTS.map((key) => (
          <div class="field field-inline" key={key}>
            <label for={`weight-${key}`}>{t(`weight_${key}`)}</label>
            <input
              id={`weight-${key}`}
              type="number"
              min={0}
              max={100}
              value={current.weights[key]}
              onInput={(event) =>
                edit({ weights: { ...current.weights, [key]: Number(event.currentTarget.value) } })
              }
            />
          </div>
        ))}
        <p class={total === 100 ? 'muted' : 'field-problem'} data-testid="weights-total">
          {t('weightsTotal', { total })}
        </p>
      </fieldset>
      <div class="field">
        <label for="settings-period">{t('settingsPeriod')}</label>
        <select
          id="settings-period"
          value={current.period}
          onChange={(event) => edit({ period: event.currentTarget.value as ReportingPeriod })}
        >
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {t(`period_${period}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="settings-language">{t('settingsLanguage')}</label>
        <select
          id="settings-language"
          value={current.language}
          onChange={(event) => edit({ language: event.currentTarget.value as Settings['language'] })}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`language_${language}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="primary" disabled={store.busy.value} data-testid="settings-save">
        {t('settingsSave')}
      </button>
      {saved.value && (
        <div class="notice notice-ok" role="status" data-testid="settings-saved">
          <p>{t('settingsSaved')}</p>
          {languageSnapshot.value && (
            <>
              <p>{t('languageSwitched', { language: t(`language_${current.language}`) })}</p>
              <button
                type="button"
                onClick={() => undoLanguage(languageSnapshot.value!)}
                data-testid="language-undo"
              >
                {t('undoLanguage')}
              </button>
            </>
          )}
        </div>
      )}
    </form>
  );
}
