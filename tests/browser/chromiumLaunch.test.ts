import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium } from './chromiumLaunch';

const saved = process.env.CHROME_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved;
});

describe('launching Chromium for the browser tests', () => {
  it('fails with a one-line install hint when there is no Chromium where it looks', async () => {
    process.env.CHROME_PATH = '/nonexistent/chromium';
    const failure = await launchChromium().catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    const text = (failure as Error).message;
    expect(text).toContain('apt-get install chromium');
    expect(text).toContain('/nonexistent/chromium');
    expect(text.split('\n')).toHaveLength(1);
  });
});
