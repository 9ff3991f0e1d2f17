/**
 * A small seeded pseudo-random generator for the seed scripts. The demo data must be identical on
 * every machine and every run (tests compare two fresh databases, screenshots and search examples
 * name real rows), so nothing in the seed may call Math.random or read the clock.
 */

/** The seed of the demo data; changing it changes every generated name, year and award. */
export const SEED = 20_260_326;

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element, chosen in proportion to its weight; weights need not sum to 1. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
  /** `n` distinct elements (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], n: number): T[];
}

/**
 * mulberry32: 32 bits of state, fast and good enough for test data (not for anything secret).
 * Separate streams (`createRandom(SEED + k)`) keep one part of the seed stable when another changes.
 */
export function createRandom(seed: number = SEED): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };

  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick() from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };

  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((sum, [, weight]) => sum + Math.max(0, weight), 0);
    if (total <= 0) throw new Error('weighted() needs at least one positive weight');
    let r = next() * total;
    for (const [value, weight] of entries) {
      r -= Math.max(0, weight);
      if (r < 0) return value;
    }
    // Only reachable through floating-point rounding: the last positive entry.
    return entries.filter(([, weight]) => weight > 0).at(-1)![0];
  };

  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };

  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted,
    shuffle,
    sample: (items, n) => shuffle(items).slice(0, Math.max(0, n)),
  };
}
