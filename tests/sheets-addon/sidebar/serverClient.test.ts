import { describe, expect, it } from 'vitest';
import {
  createServerClient,
  fetchTransport,
  type ScriptRun,
  ServerError,
  scriptRunTransport,
} from '../../../sheets-addon/sidebar/serverClient';

/** A fetch that records what it was asked and answers with a fixed reply. */
function recordingFetch(reply: unknown, status = 200) {
  const calls: { url: string; init: RequestInit }[] = [];
  const send = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(reply), { status, headers: { 'Content-Type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { calls, send };
}

describe('the sidebar’s server client', () => {
  it('on the local host posts the arguments as a JSON array to /api/<method> and returns the value', async () => {
    const { calls, send } = recordingFetch({ ok: true, value: { ok: true, id: 'P-0015' } });
    const client = createServerClient(fetchTransport(send));
    const result = await client.addRecord('partner', { name: 'โรงเรียนบ้านหนองบัว' });
    expect(result).toEqual({ ok: true, id: 'P-0015' });
    expect(calls[0].url).toBe('/api/addRecord');
    expect(calls[0].init.method).toBe('POST');
    expect(JSON.parse(String(calls[0].init.body))).toEqual(['partner', { name: 'โรงเรียนบ้านหนองบัว' }]);
  });

  it('turns a refusal from the local host into a ServerError carrying the th/en reason', async () => {
    const error = { code: 'api.too_large', message: { th: 'ใหญ่เกินไป', en: 'Too large' } };
    const { send } = recordingFetch({ ok: false, error }, 413);
    const client = createServerClient(fetchTransport(send));
    const refused = await client.getHome().catch((thrown: unknown) => thrown);
    expect(refused).toBeInstanceOf(ServerError);
    expect((refused as ServerError).reason).toEqual(error);
  });

  it('in Sheets calls google.script.run.<method> with the same arguments, through its handlers', async () => {
    const called: { method: string; args: unknown[] }[] = [];
    let succeed: (value: unknown) => void = () => undefined;
    let fail: (error: Error) => void = () => undefined;
    const run: ScriptRun = {
      withSuccessHandler(handler) {
        succeed = handler;
        return run;
      },
      withFailureHandler(handler) {
        fail = handler;
        return run;
      },
      searchPartners(...args: unknown[]) {
        called.push({ method: 'searchPartners', args });
        succeed([{ id: 'P-0001', name: 'อบต.แม่แรม', sector: 'local_gov', status: 'active' }]);
      },
      saveSettings(...args: unknown[]) {
        called.push({ method: 'saveSettings', args });
        fail(new Error('น้ำหนักรวมต้องเป็น 100 / Weights must add up to 100'));
      },
    };
    const client = createServerClient(scriptRunTransport(run));
    expect(await client.searchPartners('แม่แรม')).toEqual([
      { id: 'P-0001', name: 'อบต.แม่แรม', sector: 'local_gov', status: 'active' },
    ]);
    expect(called[0]).toEqual({ method: 'searchPartners', args: ['แม่แรม'] });
    const refused = (await client
      .saveSettings({} as never)
      .catch((thrown: unknown) => thrown)) as ServerError;
    expect(refused.reason.message).toEqual({ th: 'น้ำหนักรวมต้องเป็น 100', en: 'Weights must add up to 100' });
  });
});
