import { foldVietnamese } from '@/lib/vietnamese';

/**
 * Adds a search box above each unit picker: typing narrows the <select> to the units whose name
 * or former name contains the words typed, folded like the server folds them ("duc" finds "Đức").
 * The chosen option always stays, so filtering never changes what the form sends.
 */
export function enhanceUnitPickers(root: ParentNode): void {
  for (const picker of root.querySelectorAll<HTMLElement>('[data-unit-picker]:not([data-enhanced])')) {
    const select = picker.querySelector('select');
    if (!select) continue;
    picker.dataset.enhanced = '';
    const groups = [...select.querySelectorAll('optgroup')].map((group) => ({
      group,
      options: [...group.querySelectorAll('option')],
    }));

    const label = document.createElement('label');
    label.className = 'unit-filter-label';
    label.textContent = picker.dataset.filterLabel ?? '';
    const input = document.createElement('input');
    // A text box, not a searchbox: the page's own search stays the one searchbox.
    input.type = 'text';
    input.enterKeyHint = 'search';
    input.id = `${select.id}-filter`;
    input.className = 'unit-filter';
    input.placeholder = picker.dataset.filterHint ?? '';
    input.autocomplete = 'off';
    input.setAttribute('aria-controls', select.id);
    label.htmlFor = input.id;
    select.before(label, input);

    input.addEventListener('input', () => {
      const words = foldVietnamese(input.value).split(/\s+/).filter(Boolean);
      for (const { group, options } of groups) {
        const shown = options.filter(
          (o) => o.selected || words.every((w) => (o.dataset.search ?? '').includes(w)),
        );
        group.replaceChildren(...shown);
        if (shown.length === 0) group.remove();
        else if (!group.isConnected) select.append(group);
      }
      // Keep the groups in their first order after some were taken out and put back.
      for (const { group } of groups) if (group.isConnected) select.append(group);
    });
  }
}
