import { useEffect } from 'preact/hooks';

/** Keeps a page's title (the capture window's title bar, the options tab) in the person's language. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
