import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  achievements,
  activities,
  activityParticipants,
  fields,
  honours,
  talentFields,
  talents,
  units,
} from '@db/schema';
import { listTargetTallies, pauseTargetTallies, rebuildTargetTallies } from '@/lib/server/targets/tallies';
import { defaultVisibility } from '@/lib/visibility';
import { createTestDatabase, type TestDatabase } from '../support/database';

let t: TestDatabase;
beforeEach(async () => {
  t = await createTestDatabase();
  await t.db.insert(units).values([
    { id: 1, slug: 'a', name: 'Đoàn A', kind: 'commune' },
    { id: 2, slug: 'b', name: 'Đoàn B', kind: 'commune' },
    { id: 3, slug: 'c', name: 'Đoàn C (trống)', kind: 'commune' },
  ]);
  await t.db.insert(fields).values([
    { id: 1, slug: 'khoa-hoc', nameVi: 'Khoa học', nameEn: 'Science' },
    { id: 2, slug: 'the-thao', nameVi: 'Thể thao', nameEn: 'Sport' },
  ]);
});
afterEach(() => t.dispose());

const talent = (id: number, unitId: number, birthYear = 2000) => ({
  id,
  slug: `t-${id}`,
  fullName: `Tài năng ${id}`,
  birthYear,
  discoveredYear: 2022,
  unitId,
  status: 'verified' as const,
  visibility: defaultVisibility(birthYear, 2026),
  updatedAt: new Date('2025-06-01T00:00:00Z'),
});
const honour = (talentId: number, year: number, kind: 'featured_young_face' | 'other' = 'other') => ({
  talentId,
  year,
  kind,
  title: `Tuyên dương ${year}`,
});

/** The tallies as `measure/year/unit/key → count`, the shape the assertions read best in. */
async function tallies(measures?: string[]) {
  const rows = await listTargetTallies(t.db);
  return Object.fromEntries(
    rows
      .filter((r) => !measures || measures.includes(r.measure))
      .map((r) => [`${r.measure}/${r.year}/${r.unitId}${r.key ? `/${r.key}` : ''}`, r.count]),
  );
}

describe('summary rows kept by the writes', () => {
  it('count a talent honoured in one year and active in the next, in that next year', async () => {
    await t.db.insert(talents).values(talent(1, 1));
    await t.db.insert(honours).values(honour(1, 2024));
    await t.db.insert(activities).values([
      { id: 1, unitId: 2, kind: 'forum', title: 'Trước', heldOn: '2023-12-31' },
      { id: 2, unitId: 2, kind: 'forum', title: 'Sau', heldOn: '2025-01-02' },
    ]);
    await t.db.insert(activityParticipants).values([
      { activityId: 1, talentId: 1 },
      { activityId: 2, talentId: 1 },
    ]);
    expect(await tallies(['honoured', 'nurtured', 'honoured_in'])).toEqual({
      'honoured/2024/1': 1,
      'honoured_in/2024/1': 1,
      'nurtured/2025/1': 1,
    });
    // The activity moved into the honour's year: the talent is nurtured from that year.
    await t.db.update(activities).set({ heldOn: '2024-12-30' }).where(eq(activities.id, 2));
    expect((await tallies(['nurtured'])) as object).toEqual({ 'nurtured/2024/1': 1 });
    await t.db.delete(activities).where(eq(activities.id, 2));
    expect(await tallies(['nurtured'])).toEqual({});
  });

  it('follow a talent moved between units, and leave empty units without rows', async () => {
    await t.db.insert(talents).values(talent(1, 1));
    await t.db.insert(honours).values(honour(1, 2025));
    await t.db.update(talents).set({ unitId: 2 }).where(eq(talents.id, 1));
    const after = await tallies(['honoured', 'honoured_in', 'place', 'updated']);
    expect(after).toEqual({
      'honoured/2025/2': 1,
      'honoured_in/2025/2': 1,
      'place/2025/2/in_province': 1,
      'updated/2025/2': 1,
    });
    expect(Object.keys(await tallies()).some((k) => k.split('/')[2] === '3')).toBe(false);
  });

  it('drop a revoked honour and keep the talent’s other one', async () => {
    await t.db.insert(talents).values(talent(1, 1));
    await t.db.insert(honours).values([honour(1, 2023), honour(1, 2025, 'featured_young_face')]);
    expect(await tallies(['honoured', 'honoured_in'])).toEqual({
      'honoured/2023/1': 1,
      'honoured_in/2023/1': 1,
      'honoured_in/2025/1': 1,
    });
    await t.db
      .update(honours)
      .set({ revokedAt: new Date('2026-01-05') })
      .where(and(eq(honours.talentId, 1), eq(honours.year, 2023)));
    expect(await tallies(['honoured', 'honoured_in'])).toEqual({
      'honoured/2025/1': 1,
      'honoured_in/2025/1': 1,
    });
  });

  it('count honoured talents by field, verified level, age and place, and forget a deleted talent', async () => {
    await t.db.insert(talents).values([talent(1, 1, 2005), talent(2, 1, 1989)]);
    await t.db.insert(talentFields).values([
      { talentId: 1, fieldId: 1 },
      { talentId: 1, fieldId: 2 },
      { talentId: 2, fieldId: 2 },
    ]);
    await t.db
      .insert(honours)
      .values([honour(1, 2025), honour(1, 2025, 'featured_young_face'), honour(2, 2025)]);
    const [row] = await t.db
      .insert(achievements)
      .values({ talentId: 1, title: 'Giải Nhất', awardName: 'Olympic', level: 'national', year: 2024 })
      .returning({ id: achievements.id });
    expect(await tallies(['level'])).toEqual({});
    await t.db.update(achievements).set({ verifiedAt: new Date() }).where(eq(achievements.id, row!.id));
    expect(await tallies(['honoured_in', 'field', 'level', 'age', 'place'])).toEqual({
      'honoured_in/2025/1': 2,
      'field/2025/1/1': 1,
      'field/2025/1/2': 2,
      'level/2025/1/national': 1,
      'age/2025/1/20': 1,
      'age/2025/1/36': 1,
      'place/2025/1/in_province': 2,
    });
    await t.db.delete(talents).where(eq(talents.id, 1));
    expect(await tallies(['honoured_in', 'field', 'level'])).toEqual({
      'honoured_in/2025/1': 1,
      'field/2025/1/2': 1,
    });
  });

  it('equal a full rebuild after a random sequence of writes', async () => {
    // A small fixed generator: the same sequence on every run, so a failure can be replayed.
    let state = 20261202;
    const next = (n: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
    const talentIds = [1, 2, 3, 4, 5, 6];
    await t.db.insert(talents).values(talentIds.map((id) => talent(id, 1 + (id % 2), 1995 + id)));
    await t.db.insert(activities).values(
      [1, 2, 3, 4].map((id) => ({
        id,
        unitId: 1 + (id % 3),
        kind: 'training' as const,
        title: `HĐ ${id}`,
        heldOn: `${2022 + id}-05-01`,
      })),
    );
    const writes: (() => Promise<unknown>)[] = [
      () =>
        t.db
          .insert(honours)
          .values(honour(1 + next(6), 2022 + next(5), next(2) ? 'other' : 'featured_young_face'))
          .onConflictDoNothing(),
      () =>
        t.db
          .update(honours)
          .set({ revokedAt: next(2) ? new Date() : null })
          .where(eq(honours.talentId, 1 + next(6))),
      () => t.db.delete(honours).where(eq(honours.talentId, 1 + next(6))),
      () =>
        t.db
          .insert(activityParticipants)
          .values({ activityId: 1 + next(4), talentId: 1 + next(6) })
          .onConflictDoNothing(),
      () => t.db.delete(activityParticipants).where(eq(activityParticipants.talentId, 1 + next(6))),
      () =>
        t.db
          .update(activities)
          .set({ heldOn: `${2022 + next(5)}-0${1 + next(9)}-15` })
          .where(eq(activities.id, 1 + next(4))),
      () =>
        t.db
          .update(talents)
          .set({ unitId: 1 + next(3) })
          .where(eq(talents.id, 1 + next(6))),
      () =>
        t.db
          .update(talents)
          .set({ updatedAt: new Date(Date.UTC(2022 + next(5), next(12), 1)), placeKind: 'abroad' })
          .where(eq(talents.id, 1 + next(6))),
      () =>
        t.db
          .insert(talentFields)
          .values({ talentId: 1 + next(6), fieldId: 1 + next(2) })
          .onConflictDoNothing(),
      () => t.db.delete(talentFields).where(eq(talentFields.talentId, 1 + next(6))),
      () =>
        t.db.insert(achievements).values({
          talentId: 1 + next(6),
          title: 'Giải',
          awardName: 'Giải',
          level: next(2) ? 'provincial' : 'national',
          year: 2024,
          verifiedAt: next(2) ? new Date() : null,
        }),
      () =>
        t.db
          .update(achievements)
          .set({ verifiedAt: next(2) ? new Date() : null })
          .where(eq(achievements.talentId, 1 + next(6))),
    ];
    for (let step = 0; step < 300; step++) await writes[next(writes.length)]!();
    const kept = await listTargetTallies(t.db);
    expect(kept.length).toBeGreaterThan(10);
    await t.db.transaction((tx) => rebuildTargetTallies(tx));
    expect(await listTargetTallies(t.db)).toEqual(kept);
  });
});

describe('a bulk seed', () => {
  it('pauses the recounting and the rebuild counts everything and resumes it', async () => {
    await pauseTargetTallies(t.db);
    await t.db.insert(talents).values(talent(1, 1));
    await t.db.insert(honours).values(honour(1, 2025));
    expect(await tallies(['honoured'])).toEqual({});
    await t.db.transaction((tx) => rebuildTargetTallies(tx));
    expect(await tallies(['honoured'])).toEqual({ 'honoured/2025/1': 1 });
    await t.db.update(talents).set({ unitId: 2 }).where(eq(talents.id, 1));
    expect(await tallies(['honoured'])).toEqual({ 'honoured/2025/2': 1 });
  });
});
