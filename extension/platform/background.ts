import { browser } from 'wxt/browser';
import { matchPartner, type PartnerCandidate } from '../../shared/match/matchPartner';
import { buildPartnerIndex } from '../../shared/match/partnerIndex';
import { MESSAGES } from '../i18n/messages';
import { Outbox } from '../outbox/outbox';
import { CAPTURE_COMMAND } from './captureCommand';
import { openCaptureWindow } from './captureWindow';
import { postText } from './network';
import { isOutboxKey, outboxStorage } from './outboxStorage';
import { partnerIndex } from './partnerIndexCache';
import { readSettings, saveCachedIndex } from './settingsStorage';

/** The one alarm that wakes the service worker to retry the outbox. */
export const RETRY_ALARM = 'outbox-retry';

/** Context-menu entries: what a selection or link is captured as. */
const MENU_KINDS = ['partner', 'contact', 'note'] as const;

export function createOutbox(): Outbox {
  return new Outbox({
    store: outboxStorage,
    send: postText,
    clock: () => Date.now(),
    pairing: async () => (await readSettings()).pairing,
  });
}

let flushing: Promise<void> | null = null;

/** Sends what is due, then sets the alarm for the next attempt and the badge; one flush at a time. */
export function flushOutbox(outbox: Outbox, options: { everything?: boolean } = {}): Promise<void> {
  flushing ??= (async () => {
    try {
      const report = await outbox.flush(options);
      // The register changed: the next duplicate check must not trust the cached index.
      if (report.acknowledged.length > 0) await saveCachedIndex(null);
      if (report.nextAttemptAt !== null)
        await browser.alarms.create(RETRY_ALARM, { when: report.nextAttemptAt });
      else await browser.alarms.clear(RETRY_ALARM);
    } finally {
      flushing = null;
      await updateBadge(outbox);
    }
  })();
  return flushing;
}

/** The badge shows how many captures wait (retrying or rejected). */
export async function updateBadge(outbox: Outbox): Promise<void> {
  const items = await outbox.list();
  const rejected = items.some((item) => item.rejected);
  await browser.action.setBadgeText({ text: items.length > 0 ? String(items.length) : '' });
  await browser.action.setBadgeBackgroundColor({ color: rejected ? '#b3261e' : '#6b5b00' });
}

/** Everything the background does; listeners are registered synchronously so a restarted worker hears its wake-up event. */
export function startBackground(): void {
  const outbox = createOutbox();

  browser.runtime.onInstalled.addListener(async () => {
    const { language } = await readSettings();
    await browser.contextMenus.removeAll();
    for (const kind of MENU_KINDS) {
      browser.contextMenus.create({
        id: `capture-${kind}`,
        title: MESSAGES[language].menu[kind],
        contexts: ['selection', 'link'],
      });
    }
    await flushOutbox(outbox);
  });
  browser.runtime.onStartup.addListener(() => void flushOutbox(outbox));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETRY_ALARM) void flushOutbox(outbox);
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as { type?: string; candidate?: PartnerCandidate };
    // Asked by a page right after a save (or a person's retry): what waits goes now, backoff or not.
    if (request?.type === 'flush') return flushOutbox(outbox, { everything: true }).then(() => true);
    // Matching runs here, not in the capture page: the phone and domain rules would double its size.
    if (request?.type === 'match') return duplicateOf(request.candidate ?? {});
    if (request?.type === 'index') return partnerIndex().then((reply) => reply?.partners ?? []);
    return undefined;
  });
  // The toolbar button and the shortcut open the same capture window (the button has no popup).
  browser.action.onClicked.addListener((tab) => void openCaptureWindow(tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === CAPTURE_COMMAND) void openCaptureWindow(tab);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some(isOutboxKey)) void updateBadge(outbox);
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    const asked: Record<string, string> = { kind: String(info.menuItemId).replace('capture-', '') };
    if (info.selectionText) asked.text = info.selectionText;
    if (info.linkUrl) asked.link = info.linkUrl;
    await openCaptureWindow(tab, asked);
  });
  // A worker woken for any reason sends what is due (covers a restart that missed its alarm).
  void flushOutbox(outbox);
}

/** The partner already in the register that a candidate most likely is (from the cached index). */
async function duplicateOf(candidate: PartnerCandidate) {
  const reply = await partnerIndex();
  if (!reply) return null;
  return matchPartner(buildPartnerIndex(reply.partners), candidate) ?? null;
}
