import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Pairing } from '../../core/contract';
import { useSidebar } from '../sidebarStore';

export type ConnectViewProps = Record<string, never>;

/** The pairing code the browser extension needs, with a copy button and a way to issue a new one. */
export function ConnectView(_props: ConnectViewProps) {
  const store = useSidebar();
  const { t } = store;
  const pairing = useSignal<Pairing | null>(null);
  const copied = useSignal(false);
  const pasted = useSignal('');
  const editingUrl = useSignal(false);

  useEffect(() => {
    store
      .run((server) => server.getPairing())
      .then((found) => {
        if (found) pairing.value = found;
      });
  }, []);

  async function copy() {
    const code = pairing.value?.code;
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      // The Sheets sidebar's frame may refuse the clipboard API; selecting the text still lets a person copy.
      const box = document.getElementById('pairing-code') as HTMLTextAreaElement | null;
      box?.select();
      document.execCommand('copy');
    }
    copied.value = true;
  }

  async function rotate() {
    if (!window.confirm(t('rotateWarning'))) return;
    const next = await store.run((server) => server.rotatePairingToken());
    if (next) {
      pairing.value = next;
      copied.value = false;
    }
  }

  async function saveUrl(event: Event) {
    event.preventDefault();
    const next = await store.run((server) => server.setWebAppUrl(pasted.value));
    if (next) {
      pairing.value = next;
      editingUrl.value = false;
      copied.value = false;
    }
  }

  const current = pairing.value;
  if (!current) return <p class="muted">{t('loading')}</p>;
  // On Google Sheets the script cannot learn its own /exec URL; the school pastes it once.
  if (current.needsWebAppUrl || editingUrl.value)
    return (
      <section data-testid="connect">
        <p>{t('webAppIntro')}</p>
        <form onSubmit={saveUrl}>
          <label for="web-app-url">{t('webAppUrl')}</label>
          <input
            id="web-app-url"
            type="url"
            value={pasted.value}
            onInput={(event) => {
              pasted.value = (event.target as HTMLInputElement).value;
            }}
            placeholder="https://script.google.com/macros/s/…/exec"
            data-testid="web-app-url"
          />
          <button type="submit" class="primary" data-testid="web-app-save">
            {t('webAppSave')}
          </button>
        </form>
      </section>
    );
  return (
    <section data-testid="connect">
      <p>{t('connectIntro')}</p>
      <label for="pairing-code">{t('connectCode')}</label>
      <textarea
        id="pairing-code"
        class="code"
        readOnly
        rows={5}
        value={current.code}
        data-testid="pairing-code"
      />
      <div class="row">
        <button type="button" class="primary" onClick={copy} data-testid="pairing-copy">
          {copied.value ? t('copied') : t('copy')}
        </button>
        <button type="button" onClick={rotate} data-testid="pairing-rotate">
          {t('rotate')}
        </button>
      </div>
      <p class="muted small">{t('connectEndpoint', { endpoint: current.endpoint })}</p>
      {current.endpoint.startsWith('https://') && (
        <button
          type="button"
          class="link"
          onClick={() => {
            pasted.value = current.endpoint;
            editingUrl.value = true;
          }}
          data-testid="web-app-change"
        >
          {t('webAppChange')}
        </button>
      )}
    </section>
  );
}
