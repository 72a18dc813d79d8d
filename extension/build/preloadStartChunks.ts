import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Preloads, in a page's HTML, the chunks its script imports dynamically as soon as it starts
 * (the capture page's proposing code): the browser fetches and compiles them while the page's
 * first script reads the tab, instead of after the form's own code has run. They stay out of
 * the static graph, so nothing runs them before the script asks for them.
 */
export function preloadStartChunks(page: string, modules: readonly string[]): Plugin {
  return {
    name: 'netreg-preload-start-chunks',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, filename }) {
        if (!bundle || !filename.endsWith(page)) return html;
        const chunks = new Map(
          Object.values(bundle).flatMap((output) =>
            output.type === 'chunk' ? [[output.fileName, output]] : [],
          ),
        );
        const wanted = new Set<string>();
        const add = (file: string) => {
          if (wanted.has(file)) return;
          wanted.add(file);
          for (const imported of chunks.get(file)?.imports ?? []) add(imported);
        };
        for (const chunk of chunks.values())
          if (chunk.facadeModuleId && modules.some((module) => chunk.facadeModuleId!.endsWith(module)))
            add(chunk.fileName);
        const tags: HtmlTagDescriptor[] = [...wanted]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head',
          }));
        return { html, tags };
      },
    },
  };
}
