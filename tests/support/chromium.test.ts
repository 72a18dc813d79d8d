import { afterEach, describe, expect, it } from 'vitest';
import { chromiumFlags, launchChromium } from './chromium';

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

  it('fails the same way when asked to load an extension', async () => {
    process.env.CHROME_PATH = '/nonexistent/chromium';
    const failure = await launchChromium({ extensionDir: '/tmp/no-extension' }).catch(
      (error: Error) => error,
    );
    expect((failure as Error).message).toContain('apt-get install chromium');
  });

  it('loads only the given extension, on top of the same quiet flags', () => {
    const plain = chromiumFlags();
    const withExtension = chromiumFlags('/ext/build');
    expect(plain).toContain('--no-sandbox');
    expect(plain.some((flag) => flag.includes('extension'))).toBe(false);
    expect(withExtension).toEqual([
      '--disable-extensions-except=/ext/build',
      '--load-extension=/ext/build',
      ...plain,
    ]);
  });
});
