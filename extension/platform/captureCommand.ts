/** The shortcut's command: declared in the manifest (wxt.config.ts), heard by the background (platform/background.ts). */
export const CAPTURE_COMMAND = 'capture-page';
