/**
 * The rule for counting by unit across the tree's history: a unit that was merged or dissolved
 * points to its successor, and whatever is still recorded under it counts where the chain ends.
 * The one definition the directory, the network's counts and the officers' reports all call.
 */

export interface CountingUnit {
  id: number;
  successorId: number | null;
}

/**
 * A function from any unit id to the id of the unit that counts for it today.
 * @example currentUnitResolver([{ id: 1, successorId: 2 }, { id: 2, successorId: null }])(1) // 2
 */
export function currentUnitResolver(rows: readonly CountingUnit[]): (id: number) => number {
  const successorOf = new Map(rows.map((u) => [u.id, u.successorId]));
  return (id) => {
    let current = id;
    // A bounded walk: a cycle (which the restructuring functions never make) cannot hang a page.
    for (let hops = 0; hops < successorOf.size; hops++) {
      const next = successorOf.get(current);
      if (next === null || next === undefined) return current;
      current = next;
    }
    return current;
  };
}
