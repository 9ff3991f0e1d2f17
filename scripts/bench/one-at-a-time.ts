/**
 * Milliseconds of `runs` requests to `target`, one at a time after `warmUps` unmeasured ones,
 * sorted; a request that does not answer 200 stops the run.
 */
export async function timeOneAtATime(
  target: string,
  { runs, warmUps = 3, headers = {} }: { runs: number; warmUps?: number; headers?: Record<string, string> },
): Promise<number[]> {
  const once = async () => {
    const started = performance.now();
    const answer = await fetch(target, { headers });
    await answer.arrayBuffer();
    if (answer.status !== 200) throw new Error(`${target}: ${answer.status}`);
    return performance.now() - started;
  };
  for (let i = 0; i < warmUps; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  return times.sort((a, b) => a - b);
}

/** The `p`th percentile (0–100) of sorted times, nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
