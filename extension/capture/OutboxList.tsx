import type { Language } from '../../shared/i18n/language';
import { fill, MESSAGES } from '../i18n/messages';
import type { OutboxItem } from '../outbox/outboxItem';

export interface OutboxListProps {
  items: readonly OutboxItem[];
  language: Language;
  onFix(item: OutboxItem): void;
  onDiscard(id: string): void;
}

/** Captures not yet acknowledged: a count of those waiting, each rejected one with its reason, and those held for another register. */
export function OutboxList({ items, language, onFix, onDiscard }: OutboxListProps) {
  const text = MESSAGES[language];
  if (items.length === 0) return null;
  const rejected = items.filter((item) => item.rejected);
  // Made for a register other than the one paired now: never sent, only discarded.
  const held = items.filter((item) => item.held && !item.rejected);
  return (
    <section class="outbox">
      <p data-testid="outbox-count">{fill(text.waiting, { count: items.length })}</p>
      {rejected.map((item) => (
        <div class="rejected" key={item.capture.id} data-testid="outbox-rejected">
          <p>
            {String(item.capture.fields.name ?? item.capture.fields.title ?? item.capture.kind)} —{' '}
            {fill(text.rejected, { reason: item.rejected!.message[language] })}
          </p>
          <div class="actions">
            <button type="button" data-testid="outbox-fix" onClick={() => onFix(item)}>
              {text.fix}
            </button>
            <button type="button" data-testid="outbox-discard" onClick={() => onDiscard(item.capture.id)}>
              {text.discard}
            </button>
          </div>
        </div>
      ))}
      {held.map((item) => (
        <div class="rejected" key={item.capture.id} data-testid="outbox-held">
          <span>
            {String(item.capture.fields.name ?? item.capture.fields.title ?? item.capture.kind)} —{' '}
            {item.held!.message[language]}
          </span>
          <button type="button" onClick={() => onDiscard(item.capture.id)}>
            {text.discard}
          </button>
        </div>
      ))}
    </section>
  );
}
