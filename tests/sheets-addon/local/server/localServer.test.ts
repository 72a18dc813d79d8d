import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../../shared/metrics/compute';
import { RELATIONSHIP_STATES } from '../../../../shared/metrics/listsArea';
import { loadRegister } from '../../../../sheets-addon/local/registerFolder';
import {
  type LocalServer,
  MAX_API_BODY_BYTES,
  startLocalServer,
} from '../../../../sheets-addon/local/server/localServer';
import { prepareDemoRegister } from '../../../../sheets-addon/local/server/registerPreparation';

const DEMO = join(import.meta.dirname, '../../../../demo/register');
const PAGE = '<!doctype html><title>sidebar</title><div id="app"></div>';
/** The host's "today", pinned so the figures it shows never depend on the day the suite runs. */
const TODAY = '2026-11-20';

let root = '';
let dir = '';
let server: LocalServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'netreg-local-server-'));
  dir = join(root, 'register');
  await prepareDemoRegister(dir, DEMO);
  server = await startLocalServer({ dir, port: 0, page: PAGE, today: () => TODAY });
});
afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

/** The cookie the owner's page holds once opened at the address `serve` printed. */
const ownerCookie = () => `netreg_key=${server.key}`;

async function callApi(method: string, body: string, contentType = 'application/json') {
  const response = await fetch(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, Cookie: ownerCookie() },
    body,
  });
  return { status: response.status, reply: (await response.json()) as Record<string, unknown> };
}

/** The files of the folder and their contents, to show a refused request changed nothing. */
async function folderState(): Promise<Record<string, string>> {
  const names = (await readdir(dir)).filter((name) => !name.startsWith('.'));
  return Object.fromEntries(
    await Promise.all(names.sort().map(async (name) => [name, await readFile(join(dir, name), 'utf8')])),
  );
}

describe('the local host', () => {
  it('binds to 127.0.0.1 and serves the sidebar page at /', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/`, { headers: { Cookie: ownerCookie() } });
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(await response.text()).toBe(PAGE);
  });

  it('adds a partner with a Thai name through POST /api/addRecord, into the register files on disk', async () => {
    const name = 'โรงเรียนบ้านป่าสักวิทยา';
    const { status, reply } = await callApi(
      'addRecord',
      JSON.stringify(['partner', { name, sector: 'school' }]),
    );
    expect(status).toBe(200);
    const added = reply.value as { ok: boolean; id: string };
    expect(added.ok).toBe(true);
    expect(added.id).toMatch(/^P-\d{4}$/);
    expect(await readFile(join(dir, 'partners.csv'), 'utf8')).toContain(name);
    const { register } = await loadRegister(dir);
    expect(register.tables.partners.find((row) => row.id === added.id)?.name).toBe(name);
  });

  it('answers a record with a bad field with the problem per field in Thai and English, adding nothing', async () => {
    const before = await folderState();
    const { reply } = await callApi(
      'addRecord',
      JSON.stringify(['partner', { name: 'ร้านค้าชุมชน', email: 'not an email' }]),
    );
    const result = reply.value as {
      ok: boolean;
      problems: { column: string; reason: { message: { th: string; en: string } } }[];
    };
    expect(result.ok).toBe(false);
    const email = result.problems.find((problem) => problem.column === 'email');
    expect(email?.reason.message.th).toMatch(/[\u0E00-\u0E7F]/);
    expect(email?.reason.message.en).toMatch(/[a-z]/i);
    const after = await folderState();
    expect(after['partners.csv']).toBe(before['partners.csv']);
  });

  it('shows the tabs as rows of text in the register language for the table view', async () => {
    const response = await fetch(`${server.url}/local/sheets`, { headers: { Cookie: ownerCookie() } });
    const sheets = (await response.json()) as {
      language: string;
      sheets: { name: string; rows: string[][] }[];
    };
    expect(sheets.language).toBe('th');
    const partners = sheets.sheets.find((sheet) => sheet.name === 'ภาคีเครือข่าย');
    expect(partners?.rows[0]).toContain('ชื่อหน่วยงาน');
    expect(partners?.rows.some((row) => row.includes('องค์การบริหารส่วนตำบลแม่แรม'))).toBe(true);
  });

  it('fills the Partners formula columns with the figures compute() gives, as nothing evaluates formulas here', async () => {
    const response = await fetch(`${server.url}/local/sheets`, { headers: { Cookie: ownerCookie() } });
    const sheets = (await response.json()) as { sheets: { name: string; rows: string[][] }[] };
    const [header, ...rows] = sheets.sheets.find((sheet) => sheet.name === 'ภาคีเครือข่าย')!.rows;
    const { register } = await loadRegister(dir);
    const metrics = computeMetrics(register, register.settings, TODAY);
    const activities = header.indexOf('กิจกรรมทั้งหมด');
    const state = header.indexOf('สถานะความสัมพันธ์');
    expect(activities).toBeGreaterThan(0);
    for (const partner of metrics.partners) {
      const row = rows.find((line) => line[0] === partner.id)!;
      expect(row[activities], partner.id).toBe(String(partner.activities_all));
      expect(row[state], partner.id).toBe(
        RELATIONSHIP_STATES.find((s) => s.key === partner.relationship_state)?.th,
      );
    }
    expect(metrics.partners.some((partner) => partner.activities_all > 0)).toBe(true);
  });

  it('shows every Summary figure, formatted as Sheets formats it, where a formula has no value here', async () => {
    const response = await fetch(`${server.url}/local/sheets`, { headers: { Cookie: ownerCookie() } });
    const sheets = (await response.json()) as { sheets: { name: string; rows: string[][] }[] };
    const summary = sheets.sheets.find((sheet) => sheet.name === 'สรุปผล')!.rows;
    const { register } = await loadRegister(dir);
    const network = computeMetrics(register, register.settings, TODAY).network;
    const figure = (label: string) => summary.find((row) => row[0] === label)?.[1];
    expect(summary[0][1]).toBe('20 พ.ย. 2569');
    expect(figure('ภาคีเครือข่ายทั้งหมด')).toBe(String(network.partners_total));
    expect(figure('มูลค่าทรัพยากรที่ได้รับ (บาท)')).toBe(
      `${network.resources_total_value.toLocaleString('en')} บาท`,
    );
    expect(figure('ติดต่อในช่วงใกล้ชิด')).toBe(`${Math.round((network.contacted_share ?? 0) * 100)}%`);
    expect(figure('สะท้อนผลครั้งล่าสุด')).toMatch(/^\d{1,2} \S+ 25\d\d$/);
    expect(figure('บทเรียนล่าสุด')).toBe(network.last_reflection_lesson);
    const formulaCellsLeftBlank = summary.flatMap((row) => row.filter((text) => text.startsWith('=')));
    expect(formulaCellsLeftBlank).toEqual([]);
  });

  it('refuses a body over MAX_API_BODY_BYTES with a readable th/en error, changing nothing', async () => {
    const before = await folderState();
    const big = JSON.stringify(['partner', { name: 'x'.repeat(MAX_API_BODY_BYTES) }]);
    const { status, reply } = await callApi('addRecord', big);
    expect(status).toBe(413);
    const error = reply.error as { code: string; message: { th: string; en: string } };
    expect(error.code).toBe('api.too_large');
    expect(error.message.en).toContain(String(MAX_API_BODY_BYTES));
    expect(error.message.th).toContain('เกิน');
    expect(await folderState()).toEqual(before);
  });

  it('refuses malformed JSON, an unknown method and a non-JSON post with th/en errors', async () => {
    const malformed = await callApi('addRecord', '{"partner"');
    expect(malformed.status).toBe(400);
    expect((malformed.reply.error as { code: string }).code).toBe('api.malformed');
    const unknown = await callApi('deleteEverything', '[]');
    expect(unknown.status).toBe(404);
    expect((unknown.reply.error as { message: { th: string } }).message.th).toContain('deleteEverything');
    // A form on another site could post text/plain without a preflight; the API takes JSON only.
    const plain = await callApi('addRecord', JSON.stringify(['partner', { name: 'ผ่านฟอร์ม' }]), 'text/plain');
    expect(plain.status).toBe(415);
    expect(await readFile(join(dir, 'partners.csv'), 'utf8')).not.toContain('ผ่านฟอร์ม');
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const port = new URL(server.url).port;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: '/local/sheets', headers: { Host: `evil.example:${port}` } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('answers the capture endpoint at /exec like the web app: 200 JSON, a wrong token refused, a paired capture added', async () => {
    const post = async (token: string, captures: unknown[]) => {
      const response = await fetch(`${server.url}/exec`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify({ version: 1, token, captures }),
      });
      expect(response.status).toBe(200);
      return (await response.json()) as {
        ok: boolean;
        error?: { code: string };
        results: { outcome: string; row_id?: string }[];
      };
    };
    const { reply } = await callApi('getPairing', '[]');
    const { token } = reply.value as { token: string };
    const capture = {
      id: '8d0c6a3e-4f1b-4c55-9d0e-2f3b7a1c9e01',
      kind: 'partner',
      captured_at: '2026-11-25T08:00:00.000Z',
      source_url: 'https://www.example.ac.th/',
      fields: { name: 'วิทยาลัยเทคนิคตัวอย่าง', website: 'https://www.example.ac.th/' },
    };
    const refused = await post('wrong-token', [capture]);
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('capture.token');
    const accepted = await post(token, [capture]);
    expect(accepted.results[0].outcome).toBe('added');
    expect(await readFile(join(dir, 'partners.csv'), 'utf8')).toContain('วิทยาลัยเทคนิคตัวอย่าง');
  });

  it('gives a pairing code whose endpoint is this host’s /exec', async () => {
    const { reply } = await callApi('getPairing', '[]');
    const pairing = reply.value as { endpoint: string; code: string };
    expect(pairing.endpoint).toBe(`${server.url}/exec`);
    expect(pairing.code.startsWith('netreg1:')).toBe(true);
  });
});

describe('preparing the demo register', () => {
  it('never overwrites a folder that already exists', async () => {
    const own = await mkdtemp(join(tmpdir(), 'netreg-own-register-'));
    try {
      await prepareDemoRegister(own, DEMO).catch(() => undefined);
      await writeFile(join(own, 'mine.txt'), 'kept');
      const prepared = await prepareDemoRegister(own, DEMO);
      expect(prepared.copied).toBe(false);
      expect(await readFile(join(own, 'mine.txt'), 'utf8')).toBe('kept');
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });

  it('copies the demo on first run and sets it up, keeping every demo partner', async () => {
    const fresh = join(root, 'fresh');
    const prepared = await prepareDemoRegister(fresh, DEMO);
    expect(prepared.copied).toBe(true);
    expect(prepared.setUp).not.toBeNull();
    expect((await stat(join(fresh, 'register.json'))).isFile()).toBe(true);
    const demo = await loadRegister(DEMO);
    const copy = await loadRegister(fresh);
    expect(copy.register.tables.partners.map((row) => [row.id, row.name])).toEqual(
      demo.register.tables.partners.map((row) => [row.id, row.name]),
    );
  });
});
