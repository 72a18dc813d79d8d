import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readRegister } from '../../sheets-addon/core/readRegister';
import { registerFormulaLayer } from '../../sheets-addon/core/registerFormulaLayer';
import { PROPERTY } from '../../sheets-addon/core/registerProperties';
import { setupOrRepair } from '../../sheets-addon/core/setupOrRepair';
import { withFileWorkbook } from '../../sheets-addon/local/fileWorkbook';
import { startLocalServer } from '../../sheets-addon/local/server/localServer';

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
 * The local host (`netreg serve`'s server) over the register folder: its capture endpoint at
 * /exec runs the same handler as the Apps Script web app. The sidebar page is not needed here.
 */
export async function startRegisterHost(
  dir: string,
  port = 0,
): Promise<{ url: string; port: number; stop(): Promise<void> }> {
  const server = await startLocalServer({ dir, port, page: '<!doctype html><title>register</title>' });
  return { url: server.endpoint, port: Number(new URL(server.url).port), stop: () => server.close() };
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
