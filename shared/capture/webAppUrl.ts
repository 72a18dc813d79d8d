import { reason } from '../i18n/reason';
import { fail, ok, type Result } from '../result';
import { CAPTURE_MESSAGES } from './messages';

/**
 * A deployed Apps Script web app's URL, as Deploy → Manage deployments shows it: a consumer
 * account's `https://script.google.com/macros/s/<deployment id>/exec`, or a Workspace domain's
 * `https://script.google.com/a/macros/<domain>/s/<deployment id>/exec`
 * (https://developers.google.com/apps-script/guides/web#deploy_a_script_as_a_web_app).
 */
const WEB_APP_URL =
  /^https:\/\/script\.google\.com\/(?:a\/macros\/[a-z0-9.-]+|macros)\/s\/[A-Za-z0-9_-]{10,}\/(exec|dev)$/;

/**
 * The web app URL a school pastes, checked: the `/exec` URL anyone may post to. The `/dev` URL
 * (what `ScriptApp.getService().getUrl()` gives in a sidebar) only the script's editors can
 * open, so it is refused with that reason; anything else is refused as not a web app URL.
 */
export function checkWebAppUrl(pasted: string): Result<string> {
  const url = pasted.trim().replace(/[?#].*$/, '');
  const match = WEB_APP_URL.exec(url);
  if (match?.[1] === 'exec') return ok(url);
  if (match?.[1] === 'dev') return fail(reason('pairing.dev_url', CAPTURE_MESSAGES['pairing.dev_url']));
  const shown = url.length > 80 ? `${url.slice(0, 79)}…` : url;
  return fail(reason('pairing.not_web_app', CAPTURE_MESSAGES['pairing.not_web_app'], { url: shown }));
}
