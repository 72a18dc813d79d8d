/// <reference types="google-apps-script" />

/**
 * A web app reply: Apps Script web apps always answer 200 and redirect, so the outcome travels
 * in a JSON body (see the capture protocol).
 */
export function jsonReply(body: unknown): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(JSON.stringify(body)).setMimeType(ContentService.MimeType.JSON);
}
