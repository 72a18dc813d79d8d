/**
 * Stands in for the `google.script.run` HtmlService gives the sidebar in Sheets: the same
 * chained handler API, each call carried to the local host's /api so real server code answers.
 * Runs in the page (pass it to `page.addInitScript`), so it closes over nothing.
 */
export function googleScriptRun(): void {
  const runner = (success?: (value: unknown) => void, failure?: (error: Error) => void): unknown =>
    new Proxy(
      {},
      {
        get(_target, name: string) {
          if (name === 'withSuccessHandler')
            return (handler: (value: unknown) => void) => runner(handler, failure);
          if (name === 'withFailureHandler')
            return (handler: (error: Error) => void) => runner(success, handler);
          return (...args: unknown[]) => {
            (window as unknown as { scriptRunCalls: string[] }).scriptRunCalls.push(name);
            fetch(`/api/${name}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(args),
            })
              .then((response) => response.json())
              .then(
                (reply: { ok: boolean; value?: unknown; error?: { message: { th: string; en: string } } }) =>
                  reply.ok
                    ? success?.(reply.value)
                    : failure?.(new Error(`${reply.error?.message.th} / ${reply.error?.message.en}`)),
              );
          };
        },
      },
    );
  (window as unknown as { scriptRunCalls: string[] }).scriptRunCalls = [];
  (window as unknown as { google: unknown }).google = { script: { run: runner() } };
}
