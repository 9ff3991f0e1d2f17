import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_APPLICATION_CALLS } from '../../scripts/seed/award-applications';

/** The Vietnamese call whose translation key is `key`, as its frontmatter says it. */
function callOf(key: string) {
  const dir = 'content/award-calls/vi';
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    const front = text.split(/^---$/m)[1]!;
    if (!new RegExp(`^translationKey: ${key}$`, 'm').test(front)) continue;
    const value = (name: string) =>
      /^(\w+): "?(.*?)"?$/m.exec(front.split('\n').find((l) => l.startsWith(`${name}:`)) ?? '')?.[2];
    const scoring = /^scoring:\n((?: {2}- .*\n)+)/m.exec(front)?.[1]?.trim().split('\n').length ?? 0;
    return {
      awardName: value('awardName'),
      awardYear: Number(value('closes')?.slice(0, 4)),
      honourKind: value('honourKind') ?? 'other',
      criteriaCount: scoring,
    };
  }
  return null;
}

describe('the demo applications', () => {
  it('copy the name, year, honour and number of criteria of the calls they go to', () => {
    for (const call of DEMO_APPLICATION_CALLS) {
      expect(callOf(call.callKey), call.callKey).toEqual({
        awardName: call.awardName,
        awardYear: call.awardYear,
        honourKind: call.honourKind,
        criteriaCount: call.criteriaCount,
      });
    }
  });
});
