import { describe, expect, it } from 'vitest';
import { base64urlDecode, base64urlEncode } from '../../../shared/capture/base64url';
import {
  decodePairingCode,
  encodePairingCode,
  endpointHostPatterns,
  isRegisterEndpoint,
} from '../../../shared/capture/pairing';
import { isStrongToken, pairingTokenFromUuids, tokensEqual } from '../../../shared/capture/token';

const TOKEN = pairingTokenFromUuids(crypto.randomUUID(), crypto.randomUUID());
const GOOGLE = 'https://script.google.com/macros/s/AKfycbx123/exec';

describe('pairing code', () => {
  it('carries the endpoint and token through copy and paste, spaces and line breaks included', () => {
    const code = encodePairingCode({ endpoint: GOOGLE, token: TOKEN });
    expect(code.startsWith('netreg1:')).toBe(true);
    const pasted = ` ${code.slice(0, 20)}\n${code.slice(20)} `;
    expect(decodePairingCode(pasted)).toEqual({ ok: true, value: { endpoint: GOOGLE, token: TOKEN } });
  });

  it('accepts the local host on 127.0.0.1 with any port', () => {
    const code = encodePairingCode({ endpoint: 'http://127.0.0.1:41234/exec', token: TOKEN });
    expect(decodePairingCode(code).ok).toBe(true);
  });

  it('refuses a code for another host, plain http to Google, or a weak token, in both languages', () => {
    for (const endpoint of [
      'https://evil.example/exec',
      'http://script.google.com/x',
      'http://localhost:3000/exec',
    ]) {
      const result = decodePairingCode(encodePairingCode({ endpoint, token: TOKEN }));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason.code).toBe('pairing.endpoint');
        expect(result.reason.message.th).toContain(endpoint);
      }
    }
    const weak = decodePairingCode(encodePairingCode({ endpoint: GOOGLE, token: 'abc123' }));
    expect(weak.ok || weak.reason.code).toBe('pairing.invalid');
  });

  it('refuses text that is not a pairing code', () => {
    for (const pasted of [
      '',
      'hello',
      'netreg1:',
      'netreg1:!!!',
      `netreg1:${base64urlEncode('[1,2]')}`,
      GOOGLE,
    ]) {
      const result = decodePairingCode(pasted);
      expect(result.ok).toBe(false);
    }
  });

  it('asks for both Google hosts (the web app redirects its replies) or only the loopback address', () => {
    expect(endpointHostPatterns(GOOGLE)).toEqual([
      'https://script.google.com/*',
      'https://script.googleusercontent.com/*',
    ]);
    expect(endpointHostPatterns('http://127.0.0.1:5000/exec')).toEqual(['http://127.0.0.1/*']);
    expect(isRegisterEndpoint('https://script.google.com:8443/x')).toBe(false);
  });
});

describe('base64url', () => {
  it('agrees with Node for Thai text, emoji and every length', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'โรงเรียนบ้านแม่ริม', '😀 ok', '{"e":"x","t":"y"}']) {
      expect(base64urlEncode(text)).toBe(Buffer.from(text, 'utf8').toString('base64url'));
      expect(base64urlDecode(base64urlEncode(text))).toBe(text);
    }
  });

  it('refuses characters outside the alphabet and bytes that are not UTF-8', () => {
    expect(base64urlDecode('ab+/')).toBeUndefined();
    expect(base64urlDecode(Buffer.from([0xff, 0xfe]).toString('base64url'))).toBeUndefined();
  });
});

describe('pairing token', () => {
  it('has at least 128 bits from two UUIDs', () => {
    expect(TOKEN).toMatch(/^[0-9a-f]{64}$/);
    expect(isStrongToken(TOKEN)).toBe(true);
    expect(isStrongToken('0123456789abcdef')).toBe(false);
  });

  it('compares equal only for the same token', () => {
    expect(tokensEqual(TOKEN, TOKEN)).toBe(true);
    expect(tokensEqual(`${TOKEN.slice(0, -1)}0`, `${TOKEN.slice(0, -1)}1`)).toBe(false);
    expect(tokensEqual(TOKEN.slice(1), TOKEN)).toBe(false);
    expect(tokensEqual('', '')).toBe(false);
    expect(tokensEqual(`${TOKEN}x`, TOKEN)).toBe(false);
  });
});
