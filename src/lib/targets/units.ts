/**
 * The unit a record is reported under. Every per-unit figure groups through this one function so
 * that, when units carry their history (a merged unit pointing to its successor), the figures follow
 * it by changing only this place. `successorOf` maps a unit to the unit that took it over.
 * @example reportingUnitOf(12, new Map([[12, 3]])) // 3
 */
export function reportingUnitOf(
  unitId: number,
  successorOf: ReadonlyMap<number, number> = new Map(),
): number {
  let current = unitId;
  const seen = new Set<number>();
  // A loop in the data must not hang the dashboard: stop at the first unit seen twice.
  while (successorOf.has(current) && !seen.has(current)) {
    seen.add(current);
    current = successorOf.get(current)!;
  }
  return current;
}
