import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleGet, handlePost } from '../../sheets-addon/core/capture/captureHandler';
import { readRegister } from '../../sheets-addon/core/readRegister';
import { registerFormulaLayer } from '../../sheets-addon/core/registerFormulaLayer';
import { PROPERTY } from '../../sheets-addon/core/registerProperties';
import { setupOrRepair } from '../../sheets-addon/core/setupOrRepair';
import { withFileWorkbook } from '../../sheets-addon/local/fileWorkbook';

/** Sets up a register in an empty folder and pairs it with a token. */
export async function setUpRegisterFolder(dir: string, token: string): Promise<void> {
  await withFileWorkbook(dir, (workbook) => {
    const outcome = setupOrRepair(workbook, {
      layer: registerFormulaLayer,
      language: 'th',
      now: new Date().toISOString(),
    });
    if (!outcome.ok) throw new Error(outcome.reason.message.en);
    workbook.setProperties({ [PROPERTY.pairingToken]: token });
  });
}

/** The register's tables as the folder holds them now. */
export function registerTables(dir: string) {
  return withFileWorkbook(dir, (workbook) => readRegister(workbook).tables);
}

/**
 * The local host's capture endpoint: GET/POST at /exec over a register folder, every answer
 * 200 JSON, the same handler the Apps Script web app runs.
 */
export async function startRegisterHost(
  dir: string,
  port = 0,
): Promise<{ url: string; port: number; stop(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const reply = (body: unknown) => {
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname !== '/exec') {
      response.writeHead(404).end();
      return;
    }
    const env = (workbook: Parameters<typeof handlePost>[1]['workbook']) => ({
      workbook,
      layer: registerFormulaLayer,
      now: () => new Date().toISOString(),
      registerName: 'e2e register',
    });
    if (request.method === 'GET') {
      void withFileWorkbook(dir, (workbook) =>
        handleGet(Object.fromEntries(url.searchParams), env(workbook)),
      ).then(reply);
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      void withFileWorkbook(dir, (workbook) => handlePost(body, env(workbook))).then(reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/exec`,
    port: actual,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves one fixture page folder's source.html at /<name> from localhost (never 127.0.0.1: a grant for one is not one for the other). */
export async function startPageServer(
  pages: Record<string, string>,
): Promise<{ origin: string; stop(): Promise<void> }> {
  const server = createServer((request, response) => {
    const html = pages[(request.url ?? '/').slice(1)];
    if (html === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
