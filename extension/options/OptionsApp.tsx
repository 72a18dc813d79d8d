import { useEffect, useState } from 'preact/hooks';
import { decodePairingCode } from '../../shared/capture/pairing';
import type { Language } from '../../shared/i18n/language';
import { fill, MESSAGES } from '../i18n/messages';
import { pingRegister } from '../platform/partnerIndexCache';
import { requestRegisterHost } from '../platform/permissions';
import { askToFlush } from '../platform/runtimeMessages';
import {
  type ExtensionSettings,
  readSettings,
  saveCachedIndex,
  saveSettings,
} from '../platform/settingsStorage';

/** Options: paste the pairing code (the register's host is asked for then), test the connection, choose the language. */
export function OptionsApp() {
  const [settings, setSettings] = useState<ExtensionSettings | null>(null);
  const [code, setCode] = useState('');
  const [message, setMessage] = useState('');
  useEffect(() => {
    void readSettings().then(setSettings);
  }, []);
  if (!settings) return null;
  const language = settings.language;
  const text = MESSAGES[language];

  async function pair() {
    const decoded = decodePairingCode(code);
    if (!decoded.ok) {
      setMessage(decoded.reason.message[language]);
      return;
    }
    // Asked inside the click: browsers allow a permission request only in answer to the person.
    if (!(await requestRegisterHost(decoded.value.endpoint))) {
      setMessage(text.pairing.denied);
      return;
    }
    await saveCachedIndex(null);
    setSettings(await saveSettings({ pairing: decoded.value }));
    setCode('');
    await test(decoded.value.endpoint, decoded.value.token);
    await askToFlush();
  }

  async function test(endpoint: string, token: string) {
    try {
      const reply = await pingRegister(endpoint, token);
      setMessage(
        reply.ok
          ? `${text.pairing.ok}${reply.register ? ` — ${reply.register}` : ''}`
          : reply.error!.message[language],
      );
    } catch (error) {
      setMessage(String((error as Error).message ?? error));
    }
  }

  return (
    <main lang={language}>
      <h1>{text.pairing.title}</h1>
      {settings.pairing && (
        <p data-testid="paired">{fill(text.pairing.paired, { endpoint: settings.pairing.endpoint })}</p>
      )}
      <label for="code">{text.pairing.paste}</label>
      <textarea
        id="code"
        data-testid="pairing-code"
        rows={3}
        value={code}
        onInput={(event) => setCode((event.currentTarget as HTMLTextAreaElement).value)}
      />
      <p>
        <button type="button" data-testid="pair" onClick={() => void pair()}>
          {text.pairing.pair}
        </button>{' '}
        {settings.pairing && (
          <button
            type="button"
            data-testid="test-connection"
            onClick={() => void test(settings.pairing!.endpoint, settings.pairing!.token)}
          >
            {text.pairing.test}
          </button>
        )}
      </p>
      <p data-testid="options-message" role="status">
        {message}
      </p>
      <label for="language">{text.pairing.language}</label>{' '}
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
    </main>
  );
}
