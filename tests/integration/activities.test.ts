import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { talents, units } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { ForbiddenError, InvalidInputError } from '@/lib/server/errors';
import {
  createActivity,
  listManagedActivities,
  listParticipants,
  recordAttendance,
  removeParticipant,
  updateActivity,
} from '@/lib/server/nurture/activities';
import { findTalentsByName } from '@/lib/server/nurture/talent-lookup';
import { getTalentProfile } from '@/lib/server/talents/profile';
import { defaultVisibility } from '@/lib/visibility';
import { makeActor } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('nurturing activities', () => {
  let t: TestDatabase;
  let officer: Actor;
  let otherOfficer: Actor;
  let admin: Actor;
  let talent: Actor;
  const input = (over = {}) => ({
    unitId: 2,
    kind: 'civic_trip' as const,
    title: 'Hành trình về nguồn',
    heldOn: '2026-03-26',
    startsAt: null,
    endsAt: null,
    place: 'Núi Sam',
    description: '',
    ...over,
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(units).values([
      { id: 1, slug: 'tinh', name: 'Tỉnh Đoàn', kind: 'province' },
      { id: 2, slug: 'long-xuyen', name: 'Đoàn phường Long Xuyên', kind: 'commune', parentId: 1 },
      { id: 3, slug: 'rach-gia', name: 'Đoàn phường Rạch Giá', kind: 'commune', parentId: 1 },
    ]);
    const row = (id: number, fullName: string, unitId: number) => ({
      id,
      slug: `tai-nang-${id}`,
      fullName,
      birthYear: 2000,
      discoveredYear: 2024,
      unitId,
      status: 'verified' as const,
      visibility: defaultVisibility(2000, 2026),
    });
    await t.db
      .insert(talents)
      .values([row(1, 'Nguyễn Văn Đức', 2), row(2, 'Trần Thị Ánh', 2), row(3, 'Nguyễn Đức Minh', 3)]);
    // Of unit 3 and not listed: a draft, and a verified profile its owner hides from everyone.
    const hidden = { ...defaultVisibility(2000, 2026), profile: 'private' as const };
    await t.db.insert(talents).values([
      { ...row(4, 'Lê Văn Nháp', 3), status: 'draft' as const },
      { ...row(5, 'Phạm Thị Ẩn', 3), visibility: hidden },
    ]);
    officer = await makeActor(t.db, 'officer', { unitId: 2 });
    otherOfficer = await makeActor(t.db, 'officer', { unitId: 3 });
    admin = await makeActor(t.db, 'admin');
    talent = await makeActor(t.db, 'talent');
  });
  afterAll(() => t.dispose());

  it('lets an officer record an activity of their own unit only', async () => {
    const id = await createActivity(t.db, officer, input());
    expect((await listManagedActivities(t.db, officer)).map((a) => a.id)).toEqual([id]);
    expect(await listManagedActivities(t.db, otherOfficer)).toEqual([]);
    await expect(createActivity(t.db, officer, input({ unitId: 3 }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createActivity(t.db, talent, input())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createActivity(t.db, officer, input({ heldOn: '2026-02-30' }))).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(updateActivity(t.db, otherOfficer, id, input({ unitId: 3 }))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await updateActivity(t.db, admin, id, input({ title: 'Về nguồn 2026' }));
    expect((await listManagedActivities(t.db, officer))[0]!.title).toBe('Về nguồn 2026');
  });

  it('takes attendance by list, with talents of any unit, and changes a role on a second entry', async () => {
    const id = await createActivity(t.db, officer, input({ kind: 'forum' }));
    expect(await recordAttendance(t.db, officer, id, [1, 3, 999], 'attendee')).toBe(2);
    await recordAttendance(t.db, officer, id, [1], 'speaker');
    expect(await listParticipants(t.db, id)).toEqual([
      { talentId: 1, fullName: 'Nguyễn Văn Đức', slug: 'tai-nang-1', role: 'speaker' },
      { talentId: 3, fullName: 'Nguyễn Đức Minh', slug: 'tai-nang-3', role: 'attendee' },
    ]);
    await expect(recordAttendance(t.db, otherOfficer, id, [3], 'attendee')).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(recordAttendance(t.db, officer, id, [999], 'attendee')).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await removeParticipant(t.db, officer, id, 3);
    expect((await listParticipants(t.db, id)).map((p) => p.talentId)).toEqual([1]);
  });

  it("names on a list only talents listed in the network or of the officer's own units", async () => {
    const id = await createActivity(t.db, officer, input({ kind: 'forum', title: 'Đối thoại' }));
    await expect(recordAttendance(t.db, officer, id, [4, 5], 'attendee')).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(await recordAttendance(t.db, officer, id, [3, 4, 5], 'attendee')).toBe(1);
    expect((await listParticipants(t.db, id)).map((p) => p.fullName)).toEqual(['Nguyễn Đức Minh']);
    // The province's officers and admins reach every talent.
    const provinceOfficer = await makeActor(t.db, 'officer', { unitId: 1 });
    const provincial = await createActivity(t.db, admin, input({ unitId: 1, kind: 'conference' }));
    expect(await recordAttendance(t.db, provinceOfficer, provincial, [4, 5], 'attendee')).toBe(2);
    expect(await recordAttendance(t.db, admin, id, [4, 5], 'attendee')).toBe(2);
    // Unit 3's officer manages those drafts but not unit 2's activity: refused before any lookup.
    await expect(recordAttendance(t.db, otherOfficer, id, [4], 'attendee')).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('finds talents by name without tone marks, within the unit for officers', async () => {
    expect((await findTalentsByName(t.db, 2, 'duc')).map((r) => r.id)).toEqual([1]);
    expect((await findTalentsByName(t.db, null, 'DUC')).map((r) => r.id)).toEqual([1, 3]);
    expect((await findTalentsByName(t.db, 2, 'ánh')).map((r) => r.id)).toEqual([2]);
    expect(await findTalentsByName(t.db, 2, 'a')).toEqual([]);
  });

  it('shows the activities on the profile only when the talent chose to', async () => {
    const id = await createActivity(t.db, officer, input({ title: 'Diễn đàn thanh niên', kind: 'forum' }));
    await recordAttendance(t.db, officer, id, [2], 'speaker');
    expect((await getTalentProfile(t.db, 'tai-nang-2', null))!.activities).toBeUndefined();
    const shown = { ...defaultVisibility(2000, 2026), activities: 'public' as const };
    await t.db.update(talents).set({ visibility: shown }).where(eq(talents.id, 2));
    expect((await getTalentProfile(t.db, 'tai-nang-2', null))!.activities).toEqual([
      {
        title: 'Diễn đàn thanh niên',
        kind: 'forum',
        heldOn: '2026-03-26',
        unitName: 'Đoàn phường Long Xuyên',
        role: 'speaker',
      },
    ]);
  });
});
