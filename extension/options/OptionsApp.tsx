import { useEffect, useState } from 'preact/hooks';
import { decodePairingCode } from '../../shared/capture/pairing';
import type { Language } from '../../shared/i18n/language';
import { fill, MESSAGES } from '../i18n/messages';
import { usePageTitle } from '../i18n/usePageTitle';
import { pingRegister } from '../platform/partnerIndexCache';
import { requestRegisterHost } from '../platform/permissions';
import { askToFlush } from '../platform/runtimeMessages';
import {
  type ExtensionSettings,
  readSettings,
  saveCachedIndex,
  saveSettings,
} from '../platform/settingsStorage';
import { pairingMessage } from './pairingMessage';
import { type PairingOutcome, pairRegister, testConnection } from './pairRegister';

/** The last answer shown, with the address it was about. */
interface Answer {
  outcome: PairingOutcome;
  endpoint: string;
}

/** Options: paste the pairing code and press Pair (the host is asked for in that click), test the connection, choose the language. */
export function OptionsApp() {
  const [settings, setSettings] = useState<ExtensionSettings | null>(null);
  const [code, setCode] = useState('');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [busy, setBusy] = useState<'pair' | 'test' | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
  }, []);
  usePageTitle(settings ? MESSAGES[settings.language].pageTitles.options : undefined);
  if (!settings) return null;
  const language = settings.language;
  const text = MESSAGES[language];

  async function remember(outcome: PairingOutcome, endpoint: string) {
    setAnswer({ outcome, endpoint });
    if (outcome.kind === 'paired') {
      setSettings(await saveSettings({ registerName: outcome.register ?? '' }));
      await askToFlush();
    }
    setBusy(null);
  }

  // Not async: pairRegister asks for the host before its first await, inside this click.
  function pair() {
    setBusy('pair');
    const endpoint = decodePairingCode(code);
    void pairRegister(code, {
      requestHost: requestRegisterHost,
      ping: pingRegister,
      save: async (pairing) => {
        await saveCachedIndex(null);
        setSettings(await saveSettings({ pairing }));
        setCode('');
      },
    }).then((outcome) => remember(outcome, endpoint.ok ? endpoint.value.endpoint : ''));
  }

  function test() {
    const pairing = settings?.pairing;
    if (!pairing) return;
    setBusy('test');
    void testConnection(pairing, pingRegister).then((outcome) => remember(outcome, pairing.endpoint));
  }

  const failed = answer !== null && answer.outcome.kind !== 'paired';
  return (
    <main lang={language} class="options">
      <h1>{text.pairing.title}</h1>
      {settings.pairing && (
        <p class="paired" data-testid="paired">
          {settings.registerName
            ? fill(text.pairing.paired, {
                register: settings.registerName,
                endpoint: settings.pairing.endpoint,
              })
            : fill(text.pairing.pairedNoName, { endpoint: settings.pairing.endpoint })}
        </p>
      )}
      <div class="field">
        <label for="code">{text.pairing.paste}</label>
        <textarea
          id="code"
          data-testid="pairing-code"
          rows={3}
          value={code}
          onInput={(event) => setCode((event.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="actions">
        <button type="button" class="primary" data-testid="pair" disabled={busy !== null} onClick={pair}>
          {busy === 'pair' ? text.pairing.pairing : text.pairing.pair}
        </button>
        {settings.pairing && (
          <button type="button" data-testid="test-connection" disabled={busy !== null} onClick={test}>
            {busy === 'test' ? text.pairing.testing : text.pairing.test}
          </button>
        )}
      </div>
      <p
        data-testid="options-message"
        data-outcome={answer?.outcome.kind ?? ''}
        role="status"
        class={answer ? (failed ? 'message error' : 'message ok') : 'message'}
      >
        {answer ? pairingMessage(answer.outcome, answer.endpoint, language) : ''}
      </p>
      <div class="field inline">
        <label for="language">{text.pairing.language}</label>
        <select
          id="language"
          data-testid="language"
          value={language}
          onChange={async (event) =>
            setSettings(
              await saveSettings({ language: (event.currentTarget as HTMLSelectElement).value as Language }),
            )
          }
        >
          <option value="th">ไทย</option>
          <option value="en">English</option>
        </select>
      </div>
    </main>
  );
}
