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
