import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { queueRoutes } from '@/lib/server/officers/queue-filters';

/** Where each language's workspace pages live; a queue's page is `[queue].astro` there. */
const WORKSPACE_DIRS = { vi: 'src/pages/quan-tri', en: 'src/pages/en/workspace' } as const;

describe("the officers' queue addresses", () => {
  it('are not taken by another workspace page, which would hide the queue behind it', () => {
    const shadowed = Object.values(queueRoutes).flatMap((route) =>
      (['vi', 'en'] as const).flatMap((lang) =>
        [`${route[lang]}.astro`, route[lang]]
          .map((name) => `${WORKSPACE_DIRS[lang]}/${name}`)
          .filter((path) => existsSync(path)),
      ),
    );
    expect(shadowed).toEqual([]);
  });
});
