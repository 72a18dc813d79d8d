import { browser } from 'wxt/browser';
import type { OutboxItem, OutboxStore } from '../outbox/outboxItem';

const PREFIX = 'outbox:';

/** The outbox in `storage.local`: survives service-worker and browser restarts. */
export const outboxStorage: OutboxStore = {
  async put(item) {
    await browser.storage.local.set({ [PREFIX + item.capture.id]: item });
  },
  async remove(ids) {
    if (ids.length > 0) await browser.storage.local.remove(ids.map((id) => PREFIX + id));
  },
  async list() {
    const all = await browser.storage.local.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith(PREFIX))
      .map(([, value]) => value as OutboxItem);
  },
};

/** Whether a storage change touched the outbox (the badge and open pages follow it). */
export function isOutboxKey(key: string): boolean {
  return key.startsWith(PREFIX);
}
