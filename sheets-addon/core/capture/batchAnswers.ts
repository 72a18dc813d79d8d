import type { Capture, CaptureResult } from '../../../shared/capture/protocol';
import type { RegisterForCaptures } from './registerForCaptures';

/** The answers of a batch as its steps fill them in, by the capture's position (slot). */
export interface BatchAnswers {
  /** One answer per slot; undefined until a step decides it. */
  results: (CaptureResult | undefined)[];
  /** Capture id → the slot that applies it: its first sending in this batch, when not already in the register. */
  firstSlotOf: Map<string, number>;
  /** Slots answered "duplicate" because a row carries their mark while the log lacks them. */
  foundByMark: Set<number>;
}

/**
 * First step: every capture already in the register — in the capture log (a tombstone too), or
 * marked on a row an earlier attempt wrote before it failed — is answered "duplicate"; of the
 * rest, the first sending of each id is the one applied.
 */
export function sortBatch(captures: readonly Capture[], register: RegisterForCaptures): BatchAnswers {
  const answers: BatchAnswers = {
    results: captures.map(() => undefined),
    firstSlotOf: new Map(),
    foundByMark: new Set(),
  };
  const markSeen = new Set<string>();
  captures.forEach((capture, i) => {
    const logged = register.log.entries.get(capture.id);
    const marked = logged ? undefined : register.marked.get(capture.id);
    if (logged)
      answers.results[i] = { id: capture.id, outcome: 'duplicate', row_id: logged.row_id || undefined };
    else if (marked) {
      answers.results[i] = { id: capture.id, outcome: 'duplicate', row_id: marked };
      if (!markSeen.has(capture.id)) answers.foundByMark.add(i);
      markSeen.add(capture.id);
    } else if (!answers.firstSlotOf.has(capture.id)) answers.firstSlotOf.set(capture.id, i);
  });
  return answers;
}

/** Whether this slot applies its capture: not answered yet, and the first sending of its id. */
export function appliesAt(answers: BatchAnswers, capture: Capture, slot: number): boolean {
  return !answers.results[slot] && answers.firstSlotOf.get(capture.id) === slot;
}
