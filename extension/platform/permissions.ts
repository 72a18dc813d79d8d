import { browser } from 'wxt/browser';
import { endpointHostPatterns } from '../../shared/capture/pairing';

/**
 * Asks for the register's host (an optional permission). Call it synchronously from a click
 * handler: Chrome lets `permissions.request` prompt only during the user gesture, and an await
 * before it (even `permissions.contains`) ends the gesture. A host already granted answers true
 * without a prompt.
 */
export function requestRegisterHost(endpoint: string): Promise<boolean> {
  return browser.permissions.request({ origins: endpointHostPatterns(endpoint) });
}
