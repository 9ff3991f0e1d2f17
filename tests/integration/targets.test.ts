import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activities,
  activityParticipants,
  honours,
  officerTrainingAttendance,
  officerTrainings,
  talents,
  talentWorkLeads,
  units,
  users,
} from '@db/schema';
import { getTargetsDashboard } from '@/lib/server/targets/dashboard';
import { defaultVisibility } from '@/lib/visibility';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('targets dashboard from stored data', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(units).values([
      { id: 1, slug: 'tinh', name: 'Tỉnh Đoàn', kind: 'province', sortOrder: 0 },
      { id: 2, slug: 'long-xuyen', name: 'Đoàn phường Long Xuyên', kind: 'commune', sortOrder: 1 },
      { id: 3, slug: 'rach-gia', name: 'Đoàn phường Rạch Giá', kind: 'commune', sortOrder: 2 },
    ]);
    const talent = (id: number, unitId: number, updatedAt: string) => ({
      id,
      slug: `tai-nang-${id}`,
      fullName: `Tài Năng ${id}`,
      birthYear: 2000,
      discoveredYear: 2022,
      unitId,
      status: 'honoured' as const,
      visibility: defaultVisibility(2000, 2026),
      updatedAt: new Date(updatedAt),
    });
    // 31 Dec 2024 at 18:00 UTC is already 2025 in An Giang.
    await t.db
      .insert(talents)
      .values([
        talent(1, 2, '2024-12-31T18:00:00Z'),
        talent(2, 2, '2024-06-01T00:00:00Z'),
        talent(3, 3, '2024-06-01T00:00:00Z'),
      ]);
    const honour = (talentId: number, year: number, revokedAt: Date | null = null) => ({
      talentId,
      year,
      kind: 'featured_young_face' as const,
      title: 'Gương mặt trẻ tiêu biểu',
      revokedAt,
    });
    await t.db
      .insert(honours)
      .values([honour(1, 2024), honour(2, 2024), honour(3, 2023, new Date('2024-01-01'))]);
    await t.db.insert(activities).values([
      { id: 1, unitId: 2, kind: 'civic_trip', title: 'Về nguồn', heldOn: '2023-03-26' },
      { id: 2, unitId: 3, kind: 'forum', title: 'Đối thoại', heldOn: '2025-05-10' },
    ]);
    // Talent 1 went before being honoured and again in 2025 (at another unit's forum); talent 3's
    // only honour was revoked.
    await t.db.insert(activityParticipants).values([
      { activityId: 1, talentId: 1 },
      { activityId: 2, talentId: 1 },
      { activityId: 2, talentId: 3 },
    ]);
    await t.db.insert(users).values([
      { id: 1, email: 'a@example.vn', displayName: 'A', role: 'officer', unitId: 2 },
      { id: 2, email: 'b@example.vn', displayName: 'B', role: 'officer', unitId: 3 },
      { id: 3, email: 'c@example.vn', displayName: 'C', role: 'talent' },
    ]);
    await t.db.insert(officerTrainings).values({ id: 1, title: 'Tập huấn', heldOn: '2025-04-01' });
    await t.db.insert(officerTrainingAttendance).values({ trainingId: 1, userId: 1 });
    await t.db.insert(talentWorkLeads).values([
      { unitId: 2, userId: 1 },
      { unitId: 3, userId: 2 },
    ]);
  });
  afterAll(() => t.dispose());

  const share = (figures: { targets: { key: string; share: unknown }[] }, key: string) =>
    figures.targets.find((f) => f.key === key)!.share;

  it('computes the province and each unit for the chosen year', async () => {
    const d = await getTargetsDashboard(t.db, 2025, 2026);
    expect(d.years).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(share(d.province, 'nurtured')).toEqual({ part: 1, whole: 2, value: 0.5 });
    expect(share(d.province, 'unitsUpdated')).toEqual({ part: 1, whole: 3, value: 1 / 3 });
    expect(share(d.province, 'leadsTrained')).toEqual({ part: 1, whole: 2, value: 0.5 });
    expect(share(d.province, 'officersTrained')).toEqual({ part: 1, whole: 2, value: 0.5 });
    const unit3 = d.units.find((u) => u.unitId === 3)!;
    expect([unit3.name, unit3.civicActivity, unit3.inspirationActivity]).toEqual([
      'Đoàn phường Rạch Giá',
      false,
      true,
    ]);
    expect(share(unit3, 'nurtured')).toEqual({ part: 0, whole: 0, value: null });
    // Misses: unit 3 four targets, the empty province unit three, unit 2 its two activities.
    expect(d.units.map((u) => u.unitId)).toEqual([3, 1, 2]);
  });

  it('shows the trend year by year', async () => {
    const d = await getTargetsDashboard(t.db, 2025, 2026);
    expect(d.trend.map((row) => share(row, 'nurtured'))).toEqual([
      { part: 0, whole: 0, value: null },
      { part: 0, whole: 0, value: null },
      { part: 0, whole: 2, value: 0 },
      { part: 1, whole: 2, value: 0.5 },
      { part: 1, whole: 2, value: 0.5 },
    ]);
  });
});
