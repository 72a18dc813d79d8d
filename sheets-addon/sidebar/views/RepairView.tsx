import { useSignal } from '@preact/signals';
import type { RepairReport } from '../../core/contract';
import { RestorePoints } from '../editing/RestorePoints';
import { useSidebar } from '../sidebarStore';

export type RepairViewProps = Record<string, never>;

/** Set up or repair, with its report of what changed, and the restore points kept before bulk changes. */
export function RepairView(_props: RepairViewProps) {
  const store = useSidebar();
  const { language, t } = store;
  const report = useSignal<RepairReport | null>(null);

  async function repair() {
    // Repair keeps the register's own language; only Settings switches it.
    const done = await store.run((server) =>
      server.setupOrRepair(store.registerLanguage.value ?? language.value),
    );
    if (!done) return;
    report.value = done;
    store.changed();
  }

  return (
    <section data-testid="repair">
      <p>{t('repairIntro')}</p>
      <button
        type="button"
        class="primary"
        onClick={repair}
        disabled={store.busy.value}
        data-testid="repair-run"
      >
        {t('repairRun')}
      </button>
      {report.value && (
        <div data-testid="repair-report">
          <h3>{t('repairReport')}</h3>
          {report.value.changes.length === 0 ? (
            <p class="muted">{t('repairNoChange')}</p>
          ) : (
            <ul class="lines">
              {report.value.changes.map((change, index) => (
                <li key={`${change.code}-${index}`}>{change.message[language.value]}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <RestorePoints />
    </section>
  );
}
