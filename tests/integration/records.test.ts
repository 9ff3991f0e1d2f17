import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, isNull } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@db/client';
import {
  achievementEvidence,
  achievements,
  activities,
  activityParticipants,
  auditLog,
  honours,
  talents,
  units,
} from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { ForbiddenError } from '@/lib/server/errors';
import { parseQueueFilters } from '@/lib/server/officers/queue-filters';
import { listQueue } from '@/lib/server/officers/queues';
import { getReview } from '@/lib/server/officers/review';
import { addAchievementEvidence, findReadableEvidence, listEvidence } from '@/lib/server/records/evidence';
import { mergeTalentRecords } from '@/lib/server/records/merge';
import { findTalentRecords, getTalentRecord, survivorSlugOf } from '@/lib/server/records/reading';
import {
  createTalentRecord,
  type TalentRecordInput,
  updateTalentRecord,
} from '@/lib/server/records/talent-records';
import { defaultVisibility } from '@/lib/visibility';
import { seedReferenceData } from '../../scripts/seed';
import { actorOf, makeActor, makeUser } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { expectForbidden, expectInvalid, rejection } from '../support/errors';

// Evidence files go to a folder of this test's own.
const dataDir = mkdtempSync(join(tmpdir(), 'tntag-records-'));
process.env.DATA_DIR = dataDir;
const YEAR = new Date().getFullYear();

let database: TestDatabase;
let db: Database;
let unitA: number;
let unitA2: number;
let unitB: number;
let formerDistrict: number;
let officerA: Actor;
let officerB: Actor;
let admin: Actor;

const input = (overrides: Partial<TalentRecordInput> = {}): TalentRecordInput => ({
  fullName: 'Lê Văn Đức',
  birthYear: YEAR - 22,
  discoveredYear: YEAR,
  unitId: unitA,
  gender: 'male',
  shortBio: 'Sinh viên',
  ...overrides,
});

async function addUnit(slug: string, parentId: number, extra: Partial<typeof units.$inferInsert> = {}) {
  const [row] = await db
    .insert(units)
    .values({ slug, name: slug, kind: 'commune', parentId, ...extra })
    .returning({ id: units.id });
  return row!.id;
}

/** A talent written straight into `unitId` (as the seed or an old record would be). */
async function addTalent(unitId: number, fullName: string, extra: Partial<typeof talents.$inferInsert> = {}) {
  const [row] = await db
    .insert(talents)
    .values({
      slug: `${fullName.toLowerCase().replace(/\W+/g, '-')}-${Math.random().toString(36).slice(2, 8)}`,
      fullName,
      birthYear: YEAR - 24,
      discoveredYear: YEAR - 1,
      unitId,
      status: 'verified',
      visibility: defaultVisibility(YEAR - 24, YEAR),
      ...extra,
    })
    .returning({ id: talents.id, slug: talents.slug });
  return row!;
}

async function addAchievement(talentId: number, title: string) {
  const [row] = await db
    .insert(achievements)
    .values({ talentId, title, awardName: 'Hội thi', level: 'provincial', year: YEAR - 1 })
    .returning({ id: achievements.id });
  return row!.id;
}

const lastAudit = async (action: string) =>
  (await db.select().from(auditLog).orderBy(auditLog.id)).filter((e) => e.action === action).at(-1);

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await seedReferenceData(db);
  const [root] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(isNull(units.parentId), eq(units.kind, 'province')));
  unitA = await addUnit('doan-xa-ho-so-a', root!.id);
  unitA2 = await addUnit('chi-doan-ho-so-a2', unitA);
  unitB = await addUnit('doan-xa-ho-so-b', root!.id);
  // A district-era union merged into A on 1 July 2025, with a talent still attached to it.
  formerDistrict = await addUnit('huyen-doan-cu', root!.id, {
    kind: 'district',
    active: false,
    validTo: '2025-06-30',
    successorId: unitA,
  });
  officerA = await makeActor(db, 'officer', { unitId: unitA });
  officerB = await makeActor(db, 'officer', { unitId: unitB });
  admin = await makeActor(db, 'admin');
});
afterAll(() => {
  database.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('creating and editing records', () => {
  it('creates a record for a talent without an account: verified, shown to nobody, audited', async () => {
    const { id } = await createTalentRecord(db, officerA, input());
    const [row] = await db.select().from(talents).where(eq(talents.id, id));
    expect(row).toMatchObject({ fullName: 'Lê Văn Đức', userId: null, status: 'verified', unitId: unitA });
    expect(Object.values(row!.visibility).every((a) => a === 'private')).toBe(true);
    expect(await lastAudit('talent.create')).toMatchObject({
      actorId: officerA.id,
      subjectId: id,
      before: null,
      after: { fullName: 'Lê Văn Đức', unitId: unitA },
    });
  });

  it("refuses a unit outside the officer's scope, a former unit and a birth year outside 16–35, writing nothing", async () => {
    const before = (await db.select().from(talents)).length;
    await expectForbidden(createTalentRecord(db, officerA, input({ unitId: unitB })));
    await expectInvalid(createTalentRecord(db, officerA, input({ unitId: formerDistrict })), 'unitId');
    await expectInvalid(createTalentRecord(db, officerA, input({ birthYear: YEAR - 40 })), 'birthYear');
    await expectInvalid(createTalentRecord(db, officerA, input({ fullName: '   ' })), 'fullName');
    expect((await db.select().from(talents)).length).toBe(before);
  });

  it('corrects name, birth year and unit, with the audit before and after and the move in the unit history', async () => {
    const { id } = await createTalentRecord(db, officerA, input({ fullName: 'Tran Thi Hoa' }));
    await updateTalentRecord(
      db,
      officerA,
      id,
      input({ fullName: 'Trần Thị Hoa', birthYear: YEAR - 20, unitId: unitA2 }),
    );
    const [row] = await db.select().from(talents).where(eq(talents.id, id));
    expect(row).toMatchObject({ fullName: 'Trần Thị Hoa', birthYear: YEAR - 20, unitId: unitA2 });
    expect(await lastAudit('talent.update')).toMatchObject({
      subjectId: id,
      before: { fullName: 'Tran Thi Hoa', birthYear: YEAR - 22, unitId: unitA },
      after: { fullName: 'Trần Thị Hoa', birthYear: YEAR - 20, unitId: unitA2 },
    });
    const record = await getTalentRecord(db, officerA, id);
    expect(record.unitHistory).toMatchObject([
      { kind: 'talent_move', fromName: 'doan-xa-ho-so-a', toName: 'chi-doan-ho-so-a2' },
    ]);
  });
});

describe("another unit's talents", () => {
  it('are neither found, read, edited, merged nor given evidence by an officer of another unit', async () => {
    const { id } = await createTalentRecord(db, officerA, input({ fullName: 'Phạm Riêng Tư' }));
    const other = await addTalent(unitB, 'Phạm Đơn Vị Khác');
    const achievementId = await addAchievement(id, 'Giải riêng');
    expect((await findTalentRecords(db, officerB, 'pham rieng')).records).toEqual([]);
    expect((await findTalentRecords(db, officerA, 'pham rieng')).records.map((r) => r.id)).toEqual([id]);
    await expectForbidden(getTalentRecord(db, officerB, id));
    await expectForbidden(updateTalentRecord(db, officerB, id, input({ unitId: unitB })));
    await expectForbidden(mergeTalentRecords(db, officerB, { survivorId: other.id, duplicateId: id }));
    await expectForbidden(mergeTalentRecords(db, officerA, { survivorId: id, duplicateId: other.id }));
    await expectForbidden(addAchievementEvidence(db, officerB, achievementId, await pngBytes()));
    // An officer cannot move their own talent into another unit either.
    await expectForbidden(
      updateTalentRecord(db, officerA, id, input({ fullName: 'Phạm Riêng Tư', unitId: unitB })),
    );
    expect((await db.select().from(talents).where(eq(talents.id, id)))[0]!.unitId).toBe(unitA);
  });

  it("are seen by the successor unit's officers when still attached to the district-era unit it succeeded", async () => {
    const old = await addTalent(formerDistrict, 'Võ Huyện Cũ', { status: 'draft' });
    expect((await findTalentRecords(db, officerA, 'vo huyen')).records.map((r) => r.id)).toEqual([old.id]);
    expect((await getTalentRecord(db, officerA, old.id)).talent.id).toBe(old.id);
    const queue = await listQueue(
      db,
      officerA,
      'profiles',
      parseQueueFilters('profiles', new URLSearchParams()),
    );
    expect(queue!.items.map((i) => i.id)).toContain(old.id);
    expect((await findTalentRecords(db, officerB, 'vo huyen')).records).toEqual([]);
    await expectForbidden(getTalentRecord(db, officerB, old.id));
    const review = await getReview(db, officerA, 'profile', old.id);
    expect(review.talent!.id).toBe(old.id);
  });
});

describe('merging duplicates', () => {
  it('moves achievements, honours, activities and the account to the survivor, keeps the duplicate redirecting there', async () => {
    const survivor = await addTalent(unitA, 'Nguyễn Gộp Lại');
    const owner = await makeUser(db, 'talent');
    const duplicate = await addTalent(unitA, 'Nguyen Gop Lai', { userId: owner.id });
    await addAchievement(duplicate.id, 'Giải Nhất');
    await addAchievement(duplicate.id, 'Giải Nhì');
    await db
      .insert(honours)
      .values({ talentId: duplicate.id, kind: 'other', title: 'Bằng khen', year: YEAR - 1 });
    const [activity] = await db
      .insert(activities)
      .values({ unitId: unitA, kind: 'training', title: 'Tập huấn', heldOn: `${YEAR - 1}-05-01` })
      .returning({ id: activities.id });
    await db.insert(activityParticipants).values({ activityId: activity!.id, talentId: duplicate.id });

    expect(
      await mergeTalentRecords(db, officerA, { survivorId: survivor.id, duplicateId: duplicate.id }),
    ).toEqual({
      achievementsMoved: 2,
    });
    const owned = async (table: typeof achievements | typeof honours) =>
      (await db.select({ talentId: table.talentId }).from(table)).filter((r) => r.talentId === survivor.id)
        .length;
    expect(await owned(achievements)).toBe(2);
    expect(await owned(honours)).toBe(1);
    const [participation] = await db
      .select()
      .from(activityParticipants)
      .where(eq(activityParticipants.activityId, activity!.id));
    expect(participation!.talentId).toBe(survivor.id);
    const [kept] = await db.select().from(talents).where(eq(talents.id, duplicate.id));
    expect(kept).toMatchObject({ mergedIntoId: survivor.id, userId: null });
    expect(kept!.visibility.profile).toBe('private');
    expect((await db.select().from(talents).where(eq(talents.id, survivor.id)))[0]!.userId).toBe(owner.id);
    expect(await survivorSlugOf(db, duplicate.slug)).toBe(survivor.slug);
    expect(await survivorSlugOf(db, survivor.slug)).toBeNull();
    expect(await lastAudit('talent.merge')).toMatchObject({
      subjectId: duplicate.id,
      after: { mergedIntoId: survivor.id, achievementsMoved: 2, accountMoved: true },
    });
    // Merged once, never again; and no longer found.
    await expectInvalid(
      mergeTalentRecords(db, officerA, { survivorId: survivor.id, duplicateId: duplicate.id }),
      'duplicateId',
    );
    expect((await findTalentRecords(db, officerA, 'gop lai')).records.map((r) => r.id)).toEqual([
      survivor.id,
    ]);
  });

  it('refuses two records that each have an account, and a record merged into itself', async () => {
    const a = await addTalent(unitA, 'Hai Tài Khoản', { userId: (await makeUser(db, 'talent')).id });
    const b = await addTalent(unitA, 'Hai Tài Khoản', { userId: (await makeUser(db, 'talent')).id });
    await expectInvalid(
      mergeTalentRecords(db, officerA, { survivorId: a.id, duplicateId: b.id }),
      'duplicateId',
    );
    await expectInvalid(
      mergeTalentRecords(db, officerA, { survivorId: a.id, duplicateId: a.id }),
      'duplicateId',
    );
    expect((await db.select().from(talents).where(eq(talents.id, b.id)))[0]!.mergedIntoId).toBeNull();
  });
});

async function pngBytes(): Promise<Uint8Array> {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c00' } })
    .png()
    .toBuffer();
  return new Uint8Array(png);
}

describe('evidence files', () => {
  it('accepts a PDF and an image by content, refuses anything else, and shows them to the right people only', async () => {
    const talent = await addTalent(unitA, 'Đặng Minh Chứng', { userId: (await makeUser(db, 'talent')).id });
    const achievementId = await addAchievement(talent.id, 'Giải có minh chứng');
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await addAchievementEvidence(db, officerA, achievementId, pdf);
    await addAchievementEvidence(db, officerA, achievementId, await pngBytes());
    const fake = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    expect(await rejection(addAchievementEvidence(db, officerA, achievementId, fake))).toMatchObject({
      key: 'evidence.error.type',
      field: 'file',
    });
    const tooBig = new Uint8Array(5 * 1024 * 1024 + 1);
    tooBig.set(pdf.subarray(0, 5));
    expect(await rejection(addAchievementEvidence(db, officerA, achievementId, tooBig))).toMatchObject({
      key: 'evidence.error.too-large',
    });
    const files = (await listEvidence(db, [achievementId])).get(achievementId)!;
    expect(files.map((f) => f.mediaType)).toEqual(['application/pdf', 'image/webp']);
    expect(files[1]!.storedName).toMatch(/^[a-f0-9]{32}\.webp$/);
    const [owner] = await db
      .select({ userId: talents.userId })
      .from(talents)
      .where(eq(talents.id, talent.id));
    const ownerActor = actorOf(
      (await db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, owner!.userId!) }))!,
    );
    expect(await findReadableEvidence(db, ownerActor, files[0]!.storedName)).not.toBeNull();
    expect(await findReadableEvidence(db, officerA, files[0]!.storedName)).not.toBeNull();
    expect(await findReadableEvidence(db, officerB, files[0]!.storedName)).toBeNull();
    expect(await findReadableEvidence(db, null, files[0]!.storedName)).toBeNull();
    expect(await lastAudit('evidence.add')).toMatchObject({ subjectId: achievementId, actorId: officerA.id });
    // The review page lists them.
    const review = await getReview(db, admin, 'achievement', achievementId);
    expect(review.evidence.get(achievementId)).toHaveLength(2);
    expect((await db.select().from(achievementEvidence)).length).toBe(2);
    expect(await rejection(addAchievementEvidence(db, officerB, achievementId, pdf))).toBeInstanceOf(
      ForbiddenError,
    );
  });
});
