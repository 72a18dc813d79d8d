import { browser } from 'wxt/browser';
import { endpointHostPatterns } from '../../shared/capture/pairing';

/** Asks for the register's host (an optional permission); must run in a click handler. */
export async function requestRegisterHost(endpoint: string): Promise<boolean> {
  const origins = endpointHostPatterns(endpoint);
  if (await browser.permissions.contains({ origins })) return true;
  return browser.permissions.request({ origins });
}
