import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { honours, talents, units } from '@db/schema';
import { rebuildEmbeddedIndex } from '@/lib/server/search/sync';
import { getHonoursYearPage } from '@/lib/server/talents/honours';
import { listHonourYears } from '@/lib/server/talents/stats';
import { defaultVisibility } from '@/lib/visibility';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('public honour counts', () => {
  let t: TestDatabase;
  const open = defaultVisibility(2000, 2026);

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(units).values({ id: 1, slug: 'tinh', name: 'Tỉnh Đoàn', kind: 'province' });
    const talent = (id: number, status: 'draft' | 'verified' | 'honoured', visibility = open) => ({
      id,
      slug: `tai-nang-${id}`,
      fullName: `Tài Năng ${id}`,
      birthYear: 2000,
      discoveredYear: 2022,
      unitId: 1,
      status,
      visibility,
    });
    await t.db.insert(talents).values([
      talent(1, 'honoured'),
      talent(2, 'honoured'),
      // Hidden by its owner from the signed-out public.
      talent(3, 'honoured', { ...open, profile: 'members' }),
      // A draft the Youth Union has not verified yet.
      talent(4, 'draft'),
    ]);
    const honour = (talentId: number, year: number) => ({
      talentId,
      year,
      kind: 'featured_young_face' as const,
      title: 'Gương mặt trẻ tiêu biểu',
    });
    await t.db
      .insert(honours)
      .values([honour(1, 2025), honour(2, 2025), honour(3, 2025), honour(3, 2024), honour(4, 2023)]);
    // Rows written behind the library's back: bring the public network's tables up to date.
    await rebuildEmbeddedIndex(t.db);
  });
  afterAll(() => t.dispose());

  it('count only the honours of listed profiles shown to everyone', async () => {
    expect(await listHonourYears(t.db)).toEqual([{ year: 2025, total: 2 }]);
  });

  it('match the cards each year page shows', async () => {
    for (const { year, total } of await listHonourYears(t.db)) {
      const page = await getHonoursYearPage(t.db, String(year), new URLSearchParams());
      expect(page!.groups.reduce((sum, group) => sum + group.cards.length, 0)).toBe(total);
    }
  });

  it('offer no page for a year only hidden or draft profiles were honoured in', async () => {
    expect(await getHonoursYearPage(t.db, '2024', new URLSearchParams())).toBeNull();
    expect(await getHonoursYearPage(t.db, '2023', new URLSearchParams())).toBeNull();
    expect(await getHonoursYearPage(t.db, '2025', new URLSearchParams())).not.toBeNull();
  });
});
