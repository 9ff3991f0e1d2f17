export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
}

/**
 * One page of `items`; a page number out of range yields null so the caller can answer 404.
 * @example paginate([1, 2, 3], 2, 2) // { items: [3], page: 2, totalPages: 2, total: 3 }
 */
export function paginate<T>(items: T[], page: number, perPage: number): Page<T> | null {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, totalPages, total: items.length };
}

/** Reads a page number from a query value: absent means 1, anything but a positive integer is invalid. */
export function parsePageParam(value: string | null): number | null {
  if (value === null || value === '') return 1;
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

/** A keyset cursor or an id from the query: a positive whole number, else null. */
export function idParam(value: string | null): number | null {
  return value && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : null;
}

/**
 * The page numbers a pager shows: the first, the last, and `around` pages on each side of the
 * current one; `null` marks a gap. A gap of a single page shows that page instead, since a number
 * takes no more room than the ellipsis.
 * @example pageWindow(50, 437) // [1, null, 48, 49, 50, 51, 52, null, 437]
 */
export function pageWindow(page: number, totalPages: number, around = 2): (number | null)[] {
  const from = Math.max(1, Math.min(page - around, totalPages - 2 * around));
  const to = Math.min(totalPages, Math.max(page + around, 1 + 2 * around));
  const pages: (number | null)[] = [];
  if (from > 1) pages.push(1);
  if (from === 3) pages.push(2);
  else if (from > 3) pages.push(null);
  for (let n = from; n <= to; n++) pages.push(n);
  if (to === totalPages - 2) pages.push(totalPages - 1);
  else if (to < totalPages - 2) pages.push(null);
  if (to < totalPages) pages.push(totalPages);
  return pages;
}
