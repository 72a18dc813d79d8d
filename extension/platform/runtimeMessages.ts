import { browser } from 'wxt/browser';
import type { PartnerMatch } from '../../shared/match/matchPartner';
import type { PartnerIndexEntry } from '../../shared/match/partnerIndex';

/** Messages the pages send the background. */
export type BackgroundMessage =
  | { type: 'flush' }
  | { type: 'index' }
  | { type: 'match'; candidate: { name?: string; emails?: string[]; phones?: string[]; website?: string } };

/** Asks the background to send the outbox now (it also does so on its own alarm). */
export async function askToFlush(): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'flush' } satisfies BackgroundMessage);
  } catch {
    // The background wakes on its alarm anyway; the capture is already in storage.
  }
}

/** Partners of the register (id and name) for the picker; empty when not paired or offline with no cache. */
export async function askForPartners(): Promise<PartnerIndexEntry[]> {
  try {
    return (
      ((await browser.runtime.sendMessage({
        type: 'index',
      } satisfies BackgroundMessage)) as PartnerIndexEntry[]) ?? []
    );
  } catch {
    return [];
  }
}

/** The existing partner the Partner tab most likely is, asked of the background. */
export async function askForDuplicate(
  candidate: Extract<BackgroundMessage, { type: 'match' }>['candidate'],
): Promise<PartnerMatch | null> {
  try {
    return (
      ((await browser.runtime.sendMessage({
        type: 'match',
        candidate,
      } satisfies BackgroundMessage)) as PartnerMatch | null) ?? null
    );
  } catch {
    return null;
  }
}
