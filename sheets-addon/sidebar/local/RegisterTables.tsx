import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { RowOpen } from '../editing/RowOpen';
import { useSidebar } from '../sidebarStore';
import { REGISTER_SHEETS_PATH, type RegisterSheets } from './registerSheets';

export type RegisterTablesProps = Record<string, never>;

/** A read-only table of each tab, with the tabs as a strip, read again whenever the sidebar changes the register. */
export function RegisterTables(_props: RegisterTablesProps) {
  const store = useSidebar();
  const { t } = store;
  const data = useSignal<RegisterSheets | null>(null);
  const current = useSignal(0);

  useEffect(() => {
    fetch(REGISTER_SHEETS_PATH)
      .then((response) => response.json() as Promise<RegisterSheets>)
      .then((found) => {
        data.value = found;
      })
      .catch(() => undefined);
  }, [store.registerVersion.value]);

  const register = data.value;
  if (!register) return <p class="muted">{t('loading')}</p>;
  const sheet = register.sheets[Math.min(current.value, register.sheets.length - 1)];
  const [header = [], ...rows] = sheet?.rows ?? [];
  // Generated tabs (the Summary) hold tables wider than their first row: show every column.
  const width = Math.max(header.length, ...rows.map((row) => row.length));
  const columns = Array.from({ length: width }, (_, c) => c);
  return (
    <section class="tables" lang={register.language} data-testid="tables">
      <div role="tablist" aria-label={t('tablesLabel')} class="tab-strip">
        {register.sheets.map((each, index) => (
          <button
            type="button"
            role="tab"
            key={each.name}
            aria-selected={index === current.value}
            class={index === current.value ? 'tab current' : 'tab'}
            data-testid={`tab-${index}`}
            onClick={() => (current.value = index)}
          >
            {each.name}
          </button>
        ))}
      </div>
      <p class="muted small">
        {t('tablesRows', { count: rows.length })} · {t('tablesOpenRow')}
      </p>
      <div class="table-scroll" role="tabpanel">
        {rows.length === 0 && header.length === 0 ? (
          <p class="muted">{t('tablesEmpty')}</p>
        ) : (
          <table data-testid="table-view">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th scope="col" key={`${c}-${header[c] ?? ''}`}>
                    {header[c] ?? ''}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={`${r}-${row[0]}`}>
                  {columns.map((c) => (
                    <td key={`${r}-${c}`} title={row[c] || undefined}>
                      {sheet.record?.idColumn === c && row[c] ? (
                        <RowOpen tab={sheet.record.tab} id={row[c]} />
                      ) : (
                        (row[c] ?? '')
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
