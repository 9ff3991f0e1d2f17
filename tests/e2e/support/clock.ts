import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callStatus, type CallStatus } from '../../../src/lib/awards/schedule';

/**
 * Where the e2e server's clock starts (`CLOCK_START`): 10:00 in Viet Nam on 1 December 2026, a day
 * when several of the site's award calls are open and others closed or upcoming. The server's clock
 * runs on from there, so a run of a few minutes stays on that day whatever the real date is.
 */
export const E2E_NOW = new Date('2026-12-01T03:00:00Z');

/** The Vietnamese award calls in content/, by their status at {@link E2E_NOW}, as page paths. */
export function awardCallPathsAt(now: Date = E2E_NOW): Record<CallStatus, string[]> {
  const dir = join(process.cwd(), 'content/award-calls/vi');
  const byStatus: Record<CallStatus, string[]> = { upcoming: [], open: [], closed: [] };
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const date = (key: string) => text.match(new RegExp(`^${key}: "?(\\d{4}-\\d{2}-\\d{2})"?$`, 'm'))?.[1];
    const opens = date('opens');
    const closes = date('closes');
    if (!opens || !closes) throw new Error(`${file}: no opens/closes dates`);
    byStatus[callStatus({ opens, closes }, now)].push(`/giai-thuong/${file.replace(/\.md$/, '')}`);
  }
  return byStatus;
}
