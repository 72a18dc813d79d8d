import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fullDiskFrom, setWriteFault } from '../../../../sheets-addon/local/folder/writeBoundary';
import { type LocalServer, startLocalServer } from '../../../../sheets-addon/local/server/localServer';
import { prepareDemoRegister } from '../../../../sheets-addon/local/server/registerPreparation';

const DEMO = join(import.meta.dirname, '../../../../demo/register');
const PAGE = '<!doctype html><title>sidebar</title><div id="app"></div>';

let root = '';
let dir = '';
let server: LocalServer;
let token = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'netreg-local-owner-'));
  dir = join(root, 'register');
  await prepareDemoRegister(dir, DEMO);
  server = await startLocalServer({ dir, port: 0, page: PAGE });
  token = ((await api('getPairing')).reply.value as { token: string }).token;
});
afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});
afterEach(() => setWriteFault(undefined));

const owner = () => ({ Cookie: `netreg_key=${server.key}` });

async function api(method: string, args: unknown[] = [], headers: Record<string, string> = owner()) {
  const response = await fetch(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(args),
  });
  return {
    status: response.status,
    reply: (await response.json()) as {
      ok: boolean;
      value?: unknown;
      error: { code: string; message: { th: string } };
    },
  };
}

/** Every file of the folder with its bytes and modification time: a read must leave both alone. */
async function folderState(): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(
    await Promise.all(
      names.map(async (name) => [
        name,
        `${(await stat(join(dir, name))).mtimeMs} ${(await readFile(join(dir, name))).toString('base64')}`,
      ]),
    ),
  );
}

describe('the local host answers only its owner', () => {
  it('keeps the printed address’s key in a cookie no script can read, and shows no page without it', async () => {
    expect(server.pageUrl).toBe(`${server.url}/?key=${server.key}`);
    const opened = await fetch(server.pageUrl, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/');
    expect(opened.headers.get('set-cookie')).toBe(
      `netreg_key=${server.key}; Path=/; HttpOnly; SameSite=Strict`,
    );
    const stranger = await fetch(`${server.url}/`);
    expect(stranger.status).toBe(401);
    const text = await stranger.text();
    expect(text).not.toContain('sidebar');
    expect(text).toContain('netreg serve');
    expect(text).toContain('ที่อยู่');
  });

  it('refuses the pairing token and the contacts to a process without the key, or with another key', async () => {
    const attempts: Record<string, string>[] = [{}, { Cookie: 'netreg_key=guess' }];
    for (const headers of attempts) {
      const pairing = await api('getPairing', [], headers);
      expect(pairing.status).toBe(403);
      expect(pairing.reply.error.code).toBe('owner.refused');
      expect(JSON.stringify(pairing.reply)).not.toContain(token);
      const sheets = await fetch(`${server.url}/local/sheets`, { headers });
      expect(sheets.status).toBe(403);
    }
  });

  it('refuses a page of another site even when the browser sends the cookie', async () => {
    const pairing = await api('getPairing', [], { ...owner(), Origin: 'http://evil.example' });
    expect(pairing.status).toBe(403);
    const same = await api('getPairing', [], { ...owner(), Origin: server.url });
    expect(same.status).toBe(200);
  });

  it('writes nothing for reads and refused requests: index, ping, table view, a refused call', async () => {
    const before = await folderState();
    for (let i = 0; i < 10; i++) {
      await fetch(`${server.url}/exec?op=index&token=${token}`);
      await fetch(`${server.url}/exec?op=ping&token=wrong`);
    }
    await fetch(`${server.url}/local/sheets`, { headers: owner() });
    await api('addRecord', ['partner', { name: 'ไม่ควรถูกเพิ่ม' }], {});
    await api('getHome');
    expect(await folderState()).toEqual(before);
  });

  it('on a full disk keeps answering reads, and refuses changes with the reason in Thai and English', async () => {
    const before = await folderState();
    setWriteFault(fullDiskFrom(1));
    const sheets = await fetch(`${server.url}/local/sheets`, { headers: owner() });
    expect(sheets.status).toBe(200);
    const index = (await (await fetch(`${server.url}/exec?op=index&token=${token}`)).json()) as {
      ok: boolean;
      partners: unknown[];
    };
    expect(index.ok).toBe(true);
    expect(index.partners.length).toBeGreaterThan(0);
    expect((await api('getHome')).status).toBe(200);
    const added = await api('addRecord', ['partner', { name: 'โรงเรียนบนดิสก์เต็ม' }]);
    expect(added.reply.ok, JSON.stringify(added.reply)).toBe(false);
    expect(added.reply.error.code, JSON.stringify(added.reply)).toBe('folder.full');
    expect(added.reply.error.message.th).toContain('ดิสก์เต็ม');
    const capture = await fetch(`${server.url}/exec`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({
        version: 1,
        token,
        captures: [
          {
            id: 'c0ffee00-0000-4000-8000-000000000001',
            kind: 'partner',
            captured_at: '2026-11-25T08:00:00.000Z',
            source_url: 'https://full.example.ac.th/',
            fields: { name: 'วิทยาลัยดิสก์เต็ม' },
          },
        ],
      }),
    });
    const reply = (await capture.json()) as { ok: boolean; error: { code: string }; results: unknown[] };
    expect(reply).toMatchObject({ ok: false, error: { code: 'folder.full' }, results: [] });
    expect(await folderState()).toEqual(before);
  });
});
