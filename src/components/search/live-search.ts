/**
 * Progressive enhancement of the directory form: results follow typing (debounced) and every
 * checkbox or sort change, without a page load. It fetches the same server-rendered page the form
 * would load and swaps in its results and facets, so there is one renderer and the URL keeps the
 * whole state. Without JavaScript the form works as a plain GET form.
 */
const TYPING_DELAY_MS = 250;

export function enhanceDirectory(form: HTMLFormElement): void {
  form.classList.add('js');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;

  const urlOf = () => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === 'string' && value.trim() !== '' && !(key === 'sort' && value === 'relevance'))
        params.append(key, value);
    }
    return params.size ? `${form.action}?${params}` : form.action;
  };

  async function refresh() {
    const url = urlOf();
    inFlight?.abort();
    const controller = (inFlight = new AbortController());
    const results = form.querySelector<HTMLElement>('#results')!;
    results.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'text/html' } });
      const next = new DOMParser().parseFromString(await response.text(), 'text/html');
      if (controller.signal.aborted) return;
      swap(next, '#results-body');
      swapFacets(next);
      const total = next.querySelector('#results-total')?.textContent ?? '';
      form.querySelector('#results-total')!.textContent = total;
      history.replaceState(null, '', url);
    } catch (error) {
      if ((error as Error).name !== 'AbortError') window.location.assign(url);
    } finally {
      if (inFlight === controller) results.removeAttribute('aria-busy');
    }
  }

  /** Replaces a region, keeping its height for a moment so the page does not jump. */
  function swap(next: Document, selector: string) {
    const current = form.querySelector<HTMLElement>(selector);
    const replacement = next.querySelector(selector);
    if (!current || !replacement) return;
    current.style.minHeight = `${current.offsetHeight}px`;
    current.replaceChildren(...replacement.childNodes);
    requestAnimationFrame(() => (current.style.minHeight = ''));
  }

  /** Facet counts change with every query; keyboard focus stays on the same checkbox. */
  function swapFacets(next: Document) {
    const focusedId = form.querySelector('#facets')?.contains(document.activeElement)
      ? document.activeElement?.id
      : undefined;
    swap(next, '#facets');
    if (focusedId) document.getElementById(focusedId)?.focus();
  }

  const schedule = (delay: number) => {
    clearTimeout(timer);
    // refresh() handles its own failures (it falls back to a full page load), so nothing awaits it.
    timer = setTimeout(() => void refresh(), delay);
  };

  form.addEventListener('input', (event) => {
    if ((event.target as HTMLInputElement).name === 'q') schedule(TYPING_DELAY_MS);
  });
  form.addEventListener('change', (event) => {
    // A nameless input (a facet's filter box) is not part of the query.
    const { name } = event.target as HTMLInputElement;
    if (name && name !== 'q') schedule(0);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    schedule(0);
  });
}
