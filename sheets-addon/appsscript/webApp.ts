/// <reference types="google-apps-script" />

/**
 * The web app's reply until the capture handler is wired in: Apps Script web apps always answer
 * 200, so the outcome travels in a JSON body.
 */
export function captureNotAvailable(_event: unknown): GoogleAppsScript.Content.TextOutput {
  const body = {
    ok: false,
    reason: {
      code: 'capture.not_available',
      message: {
        en: 'This register cannot receive captures yet: update the add-on.',
        th: 'ทะเบียนนี้ยังรับข้อมูลจากส่วนขยายไม่ได้ กรุณาอัปเดตส่วนเสริม',
      },
    },
  };
  return ContentService.createTextOutput(JSON.stringify(body)).setMimeType(ContentService.MimeType.JSON);
}
