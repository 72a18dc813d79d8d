import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { type Reason, reason } from '../../../shared/i18n/reason';
import { REGISTER_SHEETS_PATH } from '../../sidebar/local/registerSheets';
import { withFileWorkbook } from '../fileWorkbook';
import { CAPTURE_READ_LIMIT, getCaptureIndex, postCaptures } from './captureRoute';
import { isOwnerRequest, newOwnerKey, OWNER_KEY_PARAM, ownerCookie, sameKey } from './ownerKey';
import { readRegisterSheets } from './registerSheetsRoute';
import { readRequestBody } from './requestBody';
import { SERVER_MESSAGES } from './serverMessages';
import { callSidebarMethod, isSidebarMethod, reasonOfError } from './sidebarRoute';

/** The largest sidebar call accepted, in bytes: a CSV import sends the whole decoded file in one call. */
export const MAX_API_BODY_BYTES = 16 * 1024 * 1024;

/** Only this machine can reach the local host. */
export const LOCAL_HOST_ADDRESS = '127.0.0.1';

export interface LocalServerOptions {
  /** The register folder served. */
  dir: string;
  /** 0 picks any free port (tests). */
  port: number;
  /** The page at `/`: the sidebar bundle (see sheets-addon/sidebar/build.ts). */
  page: string;
  /** The as-of date (ISO) of the figures shown in `/local/sheets`; tests pin it. @default today (UTC) */
  today?: () => string;
}

export interface LocalServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The address to open: the page with this launch's key, which it keeps in a cookie for the sidebar API. */
  pageUrl: string;
  /** This launch's key (tests send it as the cookie the page would hold). */
  key: string;
  /** Where the browser extension posts captures. */
  endpoint: string;
  close(): Promise<void>;
}

/** Inline script and style only from the page itself; requests only back to this host. */
const PAGE_POLICY =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}

function refuse(response: ServerResponse, status: number, why: Reason): void {
  sendJson(response, status, { ok: false, error: why });
}

/** The page opened without this launch's key: a short note in both languages, nothing of the register. */
function refusePage(response: ServerResponse, head: boolean): void {
  response.writeHead(401, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': "default-src 'none'",
    'Cache-Control': 'no-store',
  });
  const { th, en } = SERVER_MESSAGES.notOwner;
  response.end(
    head
      ? undefined
      : `<!doctype html><meta charset="utf-8"><title>Network Register</title><p lang="th">${th}</p><p lang="en">${en}</p>`,
  );
}

/**
 * The local host: the sidebar page at `/`, the sidebar's server functions at `POST /api/<method>`
 * (createSidebarApi over the file-backed workbook), the tabs as text at `GET /local/sheets`, and
 * the capture endpoint at `/exec`. Bound to 127.0.0.1 only. Every other process on the machine
 * can reach that address, so the page, the API and the table view answer only the person who
 * opened the address `serve` printed (a per-launch key, kept in a cookie); `/exec` answers only
 * the paired extension (its token).
 */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const { dir, page } = options;
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const registerName = basename(dir);
  let origin = '';
  let endpoint = '';
  let allowedHosts = new Set<string>();
  let ownOrigins = new Set<string>();
  const key = newOwnerKey();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const path = url.pathname;
    // A page on another site that resolves its own name to 127.0.0.1 must not reach the register.
    if (!allowedHosts.has(request.headers.host ?? '')) {
      refuse(
        response,
        403,
        reason('host.refused', SERVER_MESSAGES.hostRefused, { host: request.headers.host ?? '', origin }),
      );
      return;
    }
    if (path === '/' || path === '/index.html') {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        refuse(
          response,
          405,
          reason('method.not_allowed', SERVER_MESSAGES.methodNotAllowed, {
            method: request.method ?? '',
            path,
          }),
        );
        return;
      }
      if (sameKey(url.searchParams.get(OWNER_KEY_PARAM), key)) {
        // The printed address: keep the key in a cookie, and drop it from the address bar and history.
        response.writeHead(303, {
          Location: '/',
          'Set-Cookie': ownerCookie(key),
          'Cache-Control': 'no-store',
        });
        response.end();
        return;
      }
      if (!isOwnerRequest(request, key, ownOrigins)) {
        refusePage(response, request.method === 'HEAD');
        return;
      }
      response.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PAGE_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : page);
      return;
    }
    // The sidebar's calls and the table view show every contact: only the owner's page may make them.
    if (
      (path === REGISTER_SHEETS_PATH || path.startsWith('/api/')) &&
      !isOwnerRequest(request, key, ownOrigins)
    ) {
      refuse(response, 403, reason('owner.refused', SERVER_MESSAGES.notOwner));
      return;
    }
    if (path === REGISTER_SHEETS_PATH && request.method === 'GET') {
      sendJson(response, 200, await readRegisterSheets(dir, today()));
      return;
    }
    if (path.startsWith('/api/')) {
      await handleApi(request, response, path.slice('/api/'.length));
      return;
    }
    if (path === '/exec') {
      if (request.method === 'GET') {
        sendJson(
          response,
          200,
          await getCaptureIndex(dir, Object.fromEntries(url.searchParams), registerName),
        );
        return;
      }
      if (request.method === 'POST') {
        const body = await readRequestBody(request, CAPTURE_READ_LIMIT);
        // Like the Apps Script web app: always 200, the outcome is in the body.
        const text = body.ok ? body.text : 'x'.repeat(CAPTURE_READ_LIMIT);
        sendJson(response, 200, await postCaptures(dir, text, registerName));
        return;
      }
    }
    refuse(response, 404, reason('path.not_found', SERVER_MESSAGES.notFound, { path }));
  }

  async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    method: string,
  ): Promise<void> {
    if (request.method !== 'POST') {
      refuse(
        response,
        405,
        reason('method.not_allowed', SERVER_MESSAGES.methodNotAllowed, {
          method: request.method ?? '',
          path: `/api/${method}`,
        }),
      );
      return;
    }
    if (!isSidebarMethod(method)) {
      refuse(response, 404, reason('api.unknown_method', SERVER_MESSAGES.unknownMethod, { method }));
      return;
    }
    // JSON only: a form or text/plain post from another site would not need a preflight, this does.
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      refuse(response, 415, reason('api.malformed', SERVER_MESSAGES.malformed));
      return;
    }
    const body = await readRequestBody(request, MAX_API_BODY_BYTES);
    if (!body.ok) {
      refuse(
        response,
        413,
        reason('api.too_large', SERVER_MESSAGES.tooLarge, { size: body.size, max: MAX_API_BODY_BYTES }),
      );
      return;
    }
    let args: unknown;
    try {
      args = JSON.parse(body.text === '' ? '[]' : body.text);
    } catch {
      args = null;
    }
    if (!Array.isArray(args)) {
      refuse(response, 400, reason('api.malformed', SERVER_MESSAGES.malformed));
      return;
    }
    try {
      const value = await withFileWorkbook(dir, (workbook) =>
        callSidebarMethod(workbook, endpoint, method, args),
      );
      sendJson(response, 200, { ok: true, value: value ?? null });
    } catch (error) {
      refuse(response, 400, reasonOfError(error));
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (!response.headersSent) refuse(response, 500, reasonOfError(error));
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOCAL_HOST_ADDRESS, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${LOCAL_HOST_ADDRESS}:${port}`;
  endpoint = `${origin}/exec`;
  allowedHosts = new Set([`${LOCAL_HOST_ADDRESS}:${port}`, `localhost:${port}`]);
  ownOrigins = new Set([...allowedHosts].map((host) => `http://${host}`));
  return {
    url: origin,
    pageUrl: `${origin}/?${OWNER_KEY_PARAM}=${key}`,
    key,
    endpoint,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
