import type { Reason } from '../../shared/i18n/reason';
import type { SidebarApi } from '../core/contract';
import { SIDEBAR_METHODS } from '../core/sidebarMethods';

/** The contract as the browser sees it: every call crosses a process boundary, so it is async. */
export type ServerClient = {
  [K in keyof SidebarApi]: (...args: Parameters<SidebarApi[K]>) => Promise<ReturnType<SidebarApi[K]>>;
};

/** Moves one call to the server and back; the only part that differs between Sheets and the local host. */
export interface Transport {
  call(method: keyof SidebarApi, args: unknown[]): Promise<unknown>;
}

/** A refusal from the server, worded in both languages. */
export class ServerError extends Error {
  constructor(readonly reason: Reason) {
    super(reason.message.en);
  }
}

/** The typed client over a transport. */
export function createServerClient(transport: Transport): ServerClient {
  const client: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of SIDEBAR_METHODS) {
    client[method] = (...args) => transport.call(method, args);
  }
  return client as unknown as ServerClient;
}

/** The part of `google.script.run` the sidebar uses. */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [method: string]: unknown;
}

/** In Sheets: `google.script.run.<method>(...args)`, which the server entry exports under the same names. */
export function scriptRunTransport(run: ScriptRun): Transport {
  return {
    call: (method, args) =>
      new Promise((resolve, reject) => {
        const runner = run
          .withSuccessHandler(resolve)
          .withFailureHandler((error) => reject(new ServerError(reasonOfError(error))));
        (runner[method] as (...a: unknown[]) => void)(...args);
      }),
  };
}

/** On the local host: `POST /api/<method>` with the arguments as a JSON array; the reply is `{ok, value | error}`. */
export function fetchTransport(send: typeof fetch = fetch, base = ''): Transport {
  return {
    async call(method, args) {
      const response = await send(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args),
      });
      const reply = (await response.json()) as { ok: true; value: unknown } | { ok: false; error: Reason };
      if (!reply.ok) throw new ServerError(reply.error);
      return reply.value;
    },
  };
}

/** Apps Script failures arrive as plain errors; the add-on words its own as "ไทย / English". */
function reasonOfError(error: Error): Reason {
  const text = error?.message ?? String(error);
  const [th, en] = text.includes(' / ') ? text.split(' / ', 2) : [text, text];
  return { code: 'server.error', message: { th, en } };
}

/** google.script.run inside Sheets, fetch on the local host. */
export function defaultTransport(): Transport {
  const google = (globalThis as { google?: { script?: { run?: ScriptRun } } }).google;
  return google?.script?.run ? scriptRunTransport(google.script.run) : fetchTransport();
}
