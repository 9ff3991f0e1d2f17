import { foldVietnamese } from '@/lib/vietnamese';

/**
 * Type-to-filter for long facets (units): shows the filter boxes the server renders hidden, also
 * after live search swaps the facets in, and hides the values whose folded name lacks a word typed.
 * A ticked value always stays visible.
 */
export function enhanceFacetFilters(form: HTMLFormElement): void {
  const reveal = () => {
    for (const box of form.querySelectorAll<HTMLInputElement>('[data-facet-filter][hidden]'))
      box.hidden = false;
  };
  reveal();
  new MutationObserver(reveal).observe(form, { childList: true, subtree: true });
  form.addEventListener('input', (event) => {
    const box = event.target as HTMLInputElement;
    if (!box.matches('[data-facet-filter]')) return;
    const words = foldVietnamese(box.value).split(/\s+/).filter(Boolean);
    for (const item of box.closest('fieldset')?.querySelectorAll<HTMLElement>('li[data-search]') ?? []) {
      const ticked = item.querySelector<HTMLInputElement>('input')?.checked ?? false;
      item.hidden = !ticked && !words.every((w) => (item.dataset.search ?? '').includes(w));
    }
  });
}
