import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: string;
}

/** Parses wrk's --latency output; durations in ms. */
export function parseWrk(output: string): Figures {
  const ms = (label: string) => {
    const match = new RegExp(`^\\s*${label}\\s+([\\d.]+)(us|ms|s)\\b`, 'm').exec(output);
    if (!match) return NaN;
    const value = Number(match[1]);
    return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value;
  };
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN);
  const errors = [/Non-2xx or 3xx responses: (\d+)/, /Socket errors: (.*)/]
    .map((re) => re.exec(output)?.[0])
    .filter(Boolean)
    .join('; ');
  return { rps, p50: ms('50%'), p99: ms('99%'), errors };
}

/**
 * A wrk script that adds a query parameter never sent before to every request (`?uncached=<run>-<n>`),
 * so that each one misses the route cache and is rendered: the pages ignore the parameter, the
 * cache keys on it. The run's random prefix keeps the warm-up's URLs out of the measured run.
 */
export function writeUncachedScript(dir: string): string {
  const path = join(dir, 'uncached.lua');
  writeFileSync(
    path,
    `math.randomseed(os.time())
local run = math.random(1, 1000000000)
local n = 0
request = function()
  n = n + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "uncached=" .. run .. "-" .. n)
end
`,
  );
  return path;
}

/**
 * Runs wrk pinned to `core` (one thread), optionally with a Lua script and request headers (a
 * session cookie), and parses its figures.
 */
export function wrk(
  target: string,
  options: { connections: number; seconds: number; core: string; script?: string; headers?: string[] },
) {
  const output = execFileSync(
    '/usr/bin/taskset',
    [
      '-c',
      options.core,
      '/usr/bin/wrk',
      '-t1',
      `-c${options.connections}`,
      `-d${options.seconds}s`,
      '--latency',
      ...(options.script ? ['-s', options.script] : []),
      ...(options.headers ?? []).flatMap((header) => ['-H', header]),
      target,
    ],
    { encoding: 'utf8' },
  );
  return parseWrk(output);
}
