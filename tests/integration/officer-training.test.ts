import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import {
  createTraining,
  getTraining,
  listTrainings,
  listUnitOfficers,
  saveTrainingAttendance,
  setTalentWorkLead,
} from '@/lib/server/officers/training';
import { getTargetsDashboard } from '@/lib/server/targets/dashboard';
import { makeActor } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('officer training and the leads of talent work', () => {
  let t: TestDatabase;
  let admin: Actor;
  let lead2: Actor;
  let other2: Actor;
  let third2: Actor;
  let lead3: Actor;

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(units).values([
      { id: 1, slug: 'tinh', name: 'Tỉnh Đoàn', kind: 'province' },
      { id: 2, slug: 'long-xuyen', name: 'Đoàn phường Long Xuyên', kind: 'ward', parentId: 1 },
      { id: 3, slug: 'rach-gia', name: 'Đoàn phường Rạch Giá', kind: 'ward', parentId: 1 },
    ]);
    admin = await makeActor(t.db, 'admin');
    lead2 = await makeActor(t.db, 'officer', { unitId: 2 });
    other2 = await makeActor(t.db, 'officer', { unitId: 2 });
    third2 = await makeActor(t.db, 'officer', { unitId: 2 });
    lead3 = await makeActor(t.db, 'officer', { unitId: 3 });
  });
  afterAll(() => t.dispose());

  const targetShare = async (unitId: number | null, key: string, year = 2025) => {
    const d = await getTargetsDashboard(t.db, year, 2026);
    const row = unitId === null ? d.province : d.units.find((u) => u.unitId === unitId)!;
    return row.targets.find((f) => f.key === key)!;
  };

  it('feeds the two training targets from what officers record', async () => {
    await setTalentWorkLead(t.db, lead2, lead2.id, true);
    await setTalentWorkLead(t.db, admin, lead3.id, true);
    const province = await createTraining(t.db, admin, {
      title: 'Tập huấn toàn tỉnh',
      heldOn: '2025-04-10',
      unitId: null,
    });
    expect(await saveTrainingAttendance(t.db, lead2, province, [lead2.id, other2.id, lead3.id])).toBe(2);
    // Unit 2: its lead trained; 2 of its 3 officers. Unit 3: its lead not. Province: 2 of 4.
    expect((await targetShare(2, 'leadsTrained')).met).toBe(true);
    expect((await targetShare(2, 'officersTrained')).share).toMatchObject({ part: 2, whole: 3 });
    expect((await targetShare(3, 'leadsTrained')).met).toBe(false);
    expect((await targetShare(null, 'leadsTrained')).share).toMatchObject({ part: 1, whole: 2 });
    expect((await targetShare(null, 'officersTrained')).share).toMatchObject({ part: 2, whole: 4 });
    // Trained in 2025: not yet in 2024.
    expect((await targetShare(null, 'officersTrained', 2024)).share.part).toBe(0);

    const own = await createTraining(t.db, lead3, {
      title: 'Tập huấn Rạch Giá',
      heldOn: '2025-06-01',
      unitId: 3,
    });
    await saveTrainingAttendance(t.db, lead3, own, [lead3.id]);
    expect((await targetShare(null, 'leadsTrained')).met).toBe(true);
  });

  it('sets attendance only of the officers one answers for, and untick removes it', async () => {
    const province = (await listTrainings(t.db, lead2)).find((s) => s.title === 'Tập huấn toàn tỉnh')!;
    await saveTrainingAttendance(t.db, lead3, province.id, []);
    expect((await getTraining(t.db, admin, province.id)).attendedIds.sort()).toEqual(
      [lead2.id, other2.id].sort(),
    );
    await saveTrainingAttendance(t.db, lead2, province.id, [third2.id, lead3.id]);
    expect((await getTraining(t.db, admin, province.id)).attendedIds).toEqual([third2.id]);
  });

  it('keeps each unit to its own officers and trainings', async () => {
    expect((await listUnitOfficers(t.db, lead2)).map((o) => o.userId).sort()).toEqual(
      [lead2.id, other2.id, third2.id].sort(),
    );
    expect((await listUnitOfficers(t.db, lead2)).find((o) => o.userId === lead2.id)!.lead).toBeTruthy();
    await expect(setTalentWorkLead(t.db, lead2, lead3.id, false)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      createTraining(t.db, lead2, { title: 'x', heldOn: '2025-01-01', unitId: 3 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      createTraining(t.db, lead2, { title: 'x', heldOn: '2025-01-01', unitId: null }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const rachGia = (await listTrainings(t.db, lead3)).find((s) => s.title === 'Tập huấn Rạch Giá')!;
    expect((await listTrainings(t.db, lead2)).map((s) => s.title)).toEqual(['Tập huấn toàn tỉnh']);
    await expect(getTraining(t.db, lead2, rachGia.id)).rejects.toBeInstanceOf(NotFoundError);
    await setTalentWorkLead(t.db, lead2, lead2.id, false);
    expect((await targetShare(2, 'leadsTrained')).met).toBeNull();
  });
});
