import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, units } from '@db/schema';
import { getTargetsDashboard } from '@/lib/server/targets/dashboard';
import { unitActivityTargets } from '@/lib/targets/unit-activities';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('the per-unit activity target from stored data', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(units).values([
      { id: 1, slug: 'long-xuyen', name: 'Đoàn phường Long Xuyên', kind: 'ward' },
      { id: 2, slug: 'chau-doc', name: 'Đoàn phường Châu Đốc', kind: 'ward' },
    ]);
    // A district union merged into Long Xuyên on 1 July 2025 keeps its activities of that spring.
    await t.db.insert(units).values({
      id: 3,
      slug: 'tp-long-xuyen',
      name: 'Thành Đoàn Long Xuyên',
      kind: 'city',
      active: false,
      validTo: '2025-06-30',
      successorId: 1,
    });
    await t.db.insert(activities).values([
      { unitId: 3, kind: 'civic_trip', title: 'Về nguồn', heldOn: '2025-03-26' },
      { unitId: 1, kind: 'forum', title: 'Đối thoại', heldOn: '2025-09-10' },
      { unitId: 2, kind: 'forum', title: 'Diễn đàn', heldOn: '2025-09-12' },
    ]);
  });
  afterAll(() => t.dispose());

  it("counts a merged unit's activity for its successor", async () => {
    const dashboard = await getTargetsDashboard(t.db, 2025, 2026);
    expect(unitActivityTargets(dashboard.units)).toEqual({
      units: [
        { unitId: 2, name: 'Đoàn phường Châu Đốc', civic: false, inspiration: true, met: false },
        { unitId: 1, name: 'Đoàn phường Long Xuyên', civic: true, inspiration: true, met: true },
      ],
      share: { part: 1, whole: 2, value: 0.5 },
    });
  });
});
