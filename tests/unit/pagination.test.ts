import { describe, expect, it } from 'vitest';
import { idParam, pageWindow } from '@/lib/pagination';

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows the first, the last and two pages each side of the current one', () => {
    expect(pageWindow(50, 437)).toEqual([1, null, 48, 49, 50, 51, 52, null, 437]);
  });

  it('keeps five numbers in the window at either end', () => {
    expect(pageWindow(1, 437)).toEqual([1, 2, 3, 4, 5, null, 437]);
    expect(pageWindow(2, 437)).toEqual([1, 2, 3, 4, 5, null, 437]);
    expect(pageWindow(437, 437)).toEqual([1, null, 433, 434, 435, 436, 437]);
  });

  it('shows a single hidden page rather than a gap', () => {
    expect(pageWindow(5, 437)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 437]);
    expect(pageWindow(6, 437)).toEqual([1, null, 4, 5, 6, 7, 8, null, 437]);
    expect(pageWindow(433, 437)).toEqual([1, null, 431, 432, 433, 434, 435, 436, 437]);
  });

  it('never shows more than nine entries, each page once and in order', () => {
    for (const total of [1, 2, 8, 9, 10, 437]) {
      for (let page = 1; page <= total; page++) {
        const shown = pageWindow(page, total);
        expect(shown.length).toBeLessThanOrEqual(9);
        const numbers = shown.filter((n): n is number => n !== null);
        expect(numbers).toContain(page);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(total);
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
        shown.forEach((n, i) => {
          if (n === null) expect(shown[i + 1]! - shown[i - 1]!).toBeGreaterThan(2);
        });
      }
    }
  });
});

describe('idParam', () => {
  it('takes a positive whole number and nothing else', () => {
    expect(idParam('42')).toBe(42);
    for (const bad of [null, '', '0', '-1', '1.5', '01', 'abc', '1'.repeat(17)])
      expect(idParam(bad)).toBeNull();
  });
});
