import { describe, expect, it } from 'vitest';
import { SEND_TIMEOUT_MS } from '../../../extension/outbox/outbox';
import { LOCK_TIMEOUT_MS } from '../../../sheets-addon/appsscript/sheetsWorkbook';

describe('the web app’s wait for the document lock', () => {
  it('ends well before the extension gives up on the request, leaving time to write and answer', () => {
    // At most half: the other half covers Apps Script waking up and the batch write.
    expect(LOCK_TIMEOUT_MS).toBeLessThanOrEqual(SEND_TIMEOUT_MS / 2);
  });
});
