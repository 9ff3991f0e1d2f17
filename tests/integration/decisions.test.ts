import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@db/client';
import {
  achievements,
  decisions,
  fields,
  mailOutbox,
  notificationSettings,
  notifications,
  talentFields,
  talents,
  units,
} from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { decide, decideMany, undoDecision } from '@/lib/server/officers/decisions';
import { parseQueueFilters } from '@/lib/server/officers/queue-filters';
import { countQueues, listQueue, QUEUE_PAGE_SIZE } from '@/lib/server/officers/queues';
import { getReview } from '@/lib/server/officers/review';
import { listOwnRequests } from '@/lib/server/talents/requests';
import { claimStateOf, getPendingClaim } from '@/lib/server/talents/claims';
import { getTalentProfile } from '@/lib/server/talents/profile';
import {
  addOwnAchievement,
  claimProfile,
  deleteOwnAchievement,
  requestAchievementCorrection,
  updateOwnAchievement,
} from '@/lib/server/talents/self-service';
import { verifyAchievement } from '@/lib/server/officers/verification';
import { defaultVisibility } from '@/lib/visibility';
import { seedReferenceData } from '../../scripts/seed';
import { actorOf, makeActor, makeUser } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { expectForbidden, expectInvalid, rejection } from '../support/errors';
import { queueIds } from '../support/queues';

// 10:00 in Viet Nam on 2 December 2026.
const START = new Date('2026-12-02T03:00:00Z');
const YEAR = 2026;

let database: TestDatabase;
let db: Database;
let parentUnit: number;
let childUnit: number;
let otherUnit: number;
let fieldId: number;
let parentOfficer: Actor;
let childOfficer: Actor;
let otherOfficer: Actor;
let admin: Actor;

async function addUnit(slug: string, parentId: number | null): Promise<number> {
  const [row] = await db
    .insert(units)
    .values({ slug, name: slug, kind: 'commune', parentId })
    .returning({ id: units.id });
  return row!.id;
}

/** A draft talent of `unitId`, owned by `userId` when given, with one waiting achievement. */
async function addDraft(
  unitId: number,
  fullName: string,
  options: { userId?: number; birthYear?: number; createdAt?: Date } = {},
) {
  const birthYear = options.birthYear ?? YEAR - 24;
  const [talent] = await db
    .insert(talents)
    .values({
      slug: `${fullName.toLowerCase().replace(/\W+/g, '-')}-${Math.random().toString(36).slice(2, 8)}`,
      fullName,
      birthYear,
      discoveredYear: YEAR,
      unitId,
      visibility: defaultVisibility(birthYear, YEAR),
      userId: options.userId ?? null,
      createdAt: options.createdAt ?? new Date(),
    })
    .returning({ id: talents.id });
  const [achievement] = await db
    .insert(achievements)
    .values({
      talentId: talent!.id,
      title: `Giải của ${fullName}`,
      awardName: 'Hội thi Tin học trẻ',
      level: 'provincial',
      year: YEAR - 1,
      createdAt: options.createdAt ?? new Date(),
    })
    .returning({ id: achievements.id });
  return { talentId: talent!.id, achievementId: achievement!.id };
}

const filters = (queue: Parameters<typeof parseQueueFilters>[0], query = '') =>
  parseQueueFilters(queue, new URLSearchParams(query));

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await seedReferenceData(db);
  parentUnit = await addUnit('doan-phuong-cha', null);
  childUnit = await addUnit('doan-truong-con', parentUnit);
  otherUnit = await addUnit('doan-xa-khac', null);
  [{ id: fieldId }] = (await db.select({ id: fields.id }).from(fields).limit(1)) as [{ id: number }];
  parentOfficer = await makeActor(db, 'officer', { unitId: parentUnit });
  childOfficer = await makeActor(db, 'officer', { unitId: childUnit });
  otherOfficer = await makeActor(db, 'officer', { unitId: otherUnit });
  admin = await makeActor(db, 'admin');
});
afterAll(() => database.dispose());
afterEach(() => vi.useRealTimers());

describe('the queues', () => {
  it('count every waiting item (no cap) and page through all of them, oldest or newest first', async () => {
    const base = Date.now() - 100 * 86_400_000;
    for (let i = 0; i < 2 * QUEUE_PAGE_SIZE + 3; i++)
      await addDraft(otherUnit, `Người Xếp Hàng ${i}`, { createdAt: new Date(base + i * 60_000) });
    const oldest = await listQueue(db, otherOfficer, 'achievements', filters('achievements'));
    expect(oldest!.total).toBe(2 * QUEUE_PAGE_SIZE + 3);
    expect(oldest!.totalPages).toBe(3);
    expect(oldest!.items[0]!.title).toBe('Giải của Người Xếp Hàng 0');
    const newest = await listQueue(db, otherOfficer, 'achievements', filters('achievements', 'order=newest'));
    expect(newest!.items[0]!.title).toBe(`Giải của Người Xếp Hàng ${2 * QUEUE_PAGE_SIZE + 2}`);
    const last = await listQueue(db, otherOfficer, 'achievements', filters('achievements', 'page=3'));
    expect(last!.items).toHaveLength(3);
    expect(await listQueue(db, otherOfficer, 'achievements', filters('achievements', 'page=4'))).toBeNull();
    expect((await countQueues(db, otherOfficer)).profiles).toBe(2 * QUEUE_PAGE_SIZE + 3);
  });

  it("show an officer their unit and the units below it, never another unit's", async () => {
    const inChild = await addDraft(childUnit, 'Lê Thị Con');
    const inParent = await addDraft(parentUnit, 'Lê Văn Cha');
    expect(await queueIds(db, parentOfficer, 'profiles')).toEqual(
      expect.arrayContaining([inChild.talentId, inParent.talentId]),
    );
    expect(await queueIds(db, childOfficer, 'profiles')).toEqual([inChild.talentId]);
    expect(await queueIds(db, otherOfficer, 'profiles')).not.toContain(inChild.talentId);
    expect(await queueIds(db, parentOfficer, 'profiles', `unit=${childUnit}`)).toEqual([inChild.talentId]);
    // A unit filter outside the officer's reach shows nothing of it.
    expect(await queueIds(db, childOfficer, 'profiles', `unit=${otherUnit}`)).toEqual([]);
    expect(await queueIds(db, admin, 'profiles')).toEqual(
      expect.arrayContaining([inChild.talentId, inParent.talentId]),
    );
  });

  it('filter by field, kind, age band and waiting time, and search folding tone marks and đ', async () => {
    const owner = await makeUser(db, 'talent');
    const young = await addDraft(childUnit, 'Đặng Thị Ánh', { birthYear: YEAR - 17, userId: owner.id });
    const old = await addDraft(childUnit, 'Trần Văn Đức', {
      birthYear: YEAR - 33,
      createdAt: new Date(Date.now() - 40 * 86_400_000),
    });
    await db.insert(talentFields).values({ talentId: young.talentId, fieldId });
    const ids = (query: string) => queueIds(db, childOfficer, 'profiles', query);
    expect(await ids(`field=${fieldId}`)).toEqual([young.talentId]);
    expect(await ids('kind=owned')).toEqual([young.talentId]);
    expect(await ids('kind=recorded')).toContain(old.talentId);
    expect(await ids('age=16-20')).toEqual([young.talentId]);
    expect(await ids('age=31-35')).toEqual([old.talentId]);
    expect(await ids('waiting=30')).toEqual([old.talentId]);
    expect(await ids('q=dang thi anh')).toEqual([young.talentId]);
    expect(await ids('q=DUC')).toEqual([old.talentId]);
    expect(await ids('q=Đức')).toEqual([old.talentId]);
    expect(await queueIds(db, childOfficer, 'achievements', 'q=duc&kind=provincial')).toEqual([
      old.achievementId,
    ]);
    expect(await queueIds(db, childOfficer, 'achievements', 'kind=national')).toEqual([]);
  });

  it('are for staff only', async () => {
    await expectForbidden(queueIds(db, await makeActor(db, 'talent'), 'claims'));
    await expectForbidden(countQueues(db, await makeActor(db, 'employer')));
  });
});

describe('deciding', () => {
  it('refuses with a reason: the talent is told in the app and by mail in their language, and sees why', async () => {
    const owner = await makeUser(db, 'talent');
    await db.insert(notificationSettings).values({ userId: owner.id, lang: 'en' });
    const { talentId, achievementId } = await addDraft(childUnit, 'Phạm Minh Khang', { userId: owner.id });

    await expectInvalid(
      decide(db, childOfficer, { subject: 'achievement', subjectId: achievementId, outcome: 'refused' }),
      'reason',
      { key: 'workspace.reasonRequired' },
    );
    await decide(db, childOfficer, {
      subject: 'achievement',
      subjectId: achievementId,
      outcome: 'refused',
      reason: 'Minh chứng không khớp với tên giải.',
    });
    expect(await queueIds(db, childOfficer, 'achievements')).not.toContain(achievementId);

    const [notice] = await db.select().from(notifications).where(eq(notifications.userId, owner.id));
    expect(notice).toMatchObject({ kind: 'requestRefused', link: { route: 'accountRequests' } });
    expect(notice!.params).toMatchObject({ reason: 'Minh chứng không khớp với tên giải.' });
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.userId, owner.id));
    expect(mail!.subject).toBe('Your request was refused — An Giang Young Talent');
    expect(mail!.text).toContain('Minh chứng không khớp với tên giải.');
    expect(mail!.text).toContain('/en/account/requests');

    const [decision] = await db.select().from(decisions).where(eq(decisions.subjectId, achievementId));
    expect(decision).toMatchObject({
      subject: 'achievement',
      outcome: 'refused',
      decidedById: childOfficer.id,
      talentId,
    });

    const requests = await listOwnRequests(db, owner.id);
    expect(requests.find((r) => r.subject === 'achievement')).toMatchObject({
      status: 'refused',
      reason: 'Minh chứng không khớp với tên giải.',
    });
    expect(requests.find((r) => r.subject === 'profile')).toMatchObject({ status: 'waiting', reason: null });
  });

  it('sends back with a note, verifies, and refuses a second decision', async () => {
    const owner = await makeUser(db, 'talent');
    const { talentId } = await addDraft(childUnit, 'Võ Thị Hoa', { userId: owner.id });
    await decide(db, childOfficer, {
      subject: 'profile',
      subjectId: talentId,
      outcome: 'returned',
      reason: 'Thêm giới thiệu.',
    });
    expect(await queueIds(db, childOfficer, 'profiles')).not.toContain(talentId);
    expect((await listOwnRequests(db, owner.id))[0]).toMatchObject({
      status: 'returned',
      reason: 'Thêm giới thiệu.',
    });
    await expectInvalid(
      decide(db, childOfficer, { subject: 'profile', subjectId: talentId, outcome: 'verified' }),
      'outcome',
      { key: 'workspace.decisionRefused' },
    );
  });

  it('is refused to an officer of another unit, for deciding, reviewing and undoing', async () => {
    const { talentId, achievementId } = await addDraft(childUnit, 'Huỳnh Văn Tâm');
    await expectForbidden(
      decide(db, otherOfficer, { subject: 'profile', subjectId: talentId, outcome: 'verified' }),
    );
    await expectForbidden(getReview(db, otherOfficer, 'achievement', achievementId));
    // The officer of the unit above decides on the unit below.
    await decide(db, parentOfficer, {
      subject: 'achievement',
      subjectId: achievementId,
      outcome: 'verified',
    });
    const [decision] = await db.select().from(decisions).where(eq(decisions.subjectId, achievementId));
    await expectForbidden(undoDecision(db, otherOfficer, decision!.id));
    expect(await rejection(getReview(db, parentOfficer, 'achievement', 999_999))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await rejection(getReview(db, await makeActor(db, 'talent'), 'profile', talentId))).toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('undoes a decision the same day in Viet Nam, not the next day', async () => {
    vi.useFakeTimers({ now: START, toFake: ['Date'] });
    const { talentId, achievementId } = await addDraft(childUnit, 'Ngô Bảo Châu Trẻ');
    await decide(db, childOfficer, { subject: 'achievement', subjectId: achievementId, outcome: 'verified' });
    const review = await getReview(db, childOfficer, 'profile', talentId);
    const entry = review.history.find((h) => h.subject === 'achievement')!;
    expect(review.achievements.map((a) => a.id)).toContain(achievementId);
    expect(entry).toMatchObject({ outcome: 'verified', undoable: false }); // undone from the achievement's own page
    const own = await getReview(db, childOfficer, 'achievement', achievementId);
    expect(own.history[0]).toMatchObject({ outcome: 'verified', undoable: true });

    await undoDecision(db, childOfficer, own.history[0]!.id);
    expect(await queueIds(db, childOfficer, 'achievements')).toContain(achievementId);
    await expectInvalid(undoDecision(db, childOfficer, own.history[0]!.id), 'decisionId');

    await decide(db, childOfficer, {
      subject: 'achievement',
      subjectId: achievementId,
      outcome: 'refused',
      reason: 'Sai năm.',
    });
    // 23:59 in Viet Nam is still the same day; 00:00 the next is not.
    vi.setSystemTime(new Date('2026-12-02T16:59:00Z'));
    const refusal = (await getReview(db, childOfficer, 'achievement', achievementId)).history[0]!;
    expect(refusal).toMatchObject({ outcome: 'refused', undoable: true });
    vi.setSystemTime(new Date('2026-12-02T17:00:00Z'));
    expect((await getReview(db, childOfficer, 'achievement', achievementId)).history[0]).toMatchObject({
      undoable: false,
    });
    await expectInvalid(undoDecision(db, childOfficer, refusal.id), 'decisionId');
  });

  it('verifies many at once, skipping what no longer waits or is out of reach', async () => {
    const a = await addDraft(childUnit, 'Mai Anh Một');
    const b = await addDraft(childUnit, 'Mai Anh Hai');
    const elsewhere = await addDraft(otherUnit, 'Mai Anh Ba');
    await decide(db, childOfficer, {
      subject: 'achievement',
      subjectId: b.achievementId,
      outcome: 'verified',
    });
    const result = await decideMany(
      db,
      childOfficer,
      'achievement',
      [a.achievementId, b.achievementId, elsewhere.achievementId],
      'verified',
    );
    expect(result).toEqual({ done: 1, skipped: 2 });
    expect(await queueIds(db, otherOfficer, 'achievements')).toContain(elsewhere.achievementId);
  });
});

describe("the talent's side", () => {
  it('edits or deletes an unverified achievement (a returned one waits again), never a verified one', async () => {
    const user = await makeUser(db, 'talent');
    const talent = actorOf(user);
    const { achievementId } = await addDraft(childUnit, 'Tô Thị Sửa', {
      userId: user.id,
      birthYear: YEAR - 25,
    });
    await decide(db, childOfficer, {
      subject: 'achievement',
      subjectId: achievementId,
      outcome: 'returned',
      reason: 'Thêm đường dẫn minh chứng.',
    });
    const changed = {
      title: 'Giải Nhất Tin học trẻ',
      awardName: 'Hội thi Tin học trẻ tỉnh',
      level: 'provincial' as const,
      rank: 'Giải Nhất',
      year: YEAR - 2,
      issuingBody: 'Tỉnh Đoàn',
      evidenceUrl: 'https://example.vn/minh-chung',
    };
    await expectInvalid(
      updateOwnAchievement(db, talent, achievementId, { ...changed, evidenceUrl: 'ftp://x' }),
      'evidenceUrl',
    );
    await updateOwnAchievement(db, talent, achievementId, changed);
    expect(await queueIds(db, childOfficer, 'achievements')).toContain(achievementId);
    // Another talent cannot touch it; once verified, its owner cannot either.
    const stranger = await makeActor(db, 'talent');
    await expectForbidden(deleteOwnAchievement(db, stranger, achievementId));
    await verifyAchievement(db, childOfficer, achievementId);
    await expectInvalid(deleteOwnAchievement(db, talent, achievementId), 'achievementId', {
      key: 'profile.achievementVerifiedLocked',
    });
    const second = await addOwnAchievement(db, talent, { ...changed, title: 'Giải Ba' });
    await deleteOwnAchievement(db, talent, second);
    expect(await db.select().from(achievements).where(eq(achievements.id, second))).toEqual([]);
  });

  it('asks to correct a verified achievement; approving writes the values, rejecting keeps the record', async () => {
    const user = await makeUser(db, 'talent');
    const talent = actorOf(user);
    const { achievementId } = await addDraft(childUnit, 'La Văn Đính', {
      userId: user.id,
      birthYear: YEAR - 26,
    });
    const values = {
      title: 'Giải Nhì Tin học trẻ',
      awardName: 'Hội thi Tin học trẻ tỉnh',
      level: 'provincial' as const,
      rank: 'Giải Nhì',
      year: YEAR - 3,
      issuingBody: 'Tỉnh Đoàn',
      evidenceUrl: null,
    };
    await expectInvalid(
      requestAchievementCorrection(db, talent, achievementId, values, ''),
      'achievementId',
      {
        key: 'profile.correctionNotVerified',
      },
    );
    await verifyAchievement(db, childOfficer, achievementId);
    const first = await requestAchievementCorrection(db, talent, achievementId, values, 'Sai hạng giải.');
    await expectInvalid(
      requestAchievementCorrection(db, talent, achievementId, values, ''),
      'achievementId',
      {
        key: 'profile.correctionPending',
      },
    );
    expect(await queueIds(db, childOfficer, 'corrections')).toContain(first);
    expect(await queueIds(db, otherOfficer, 'corrections')).not.toContain(first);
    await expectForbidden(
      decide(db, otherOfficer, { subject: 'correction', subjectId: first, outcome: 'approved' }),
    );
    expect((await getReview(db, childOfficer, 'correction', first)).correction?.proposed.title).toBe(
      'Giải Nhì Tin học trẻ',
    );
    await decide(db, childOfficer, {
      subject: 'correction',
      subjectId: first,
      outcome: 'rejected',
      reason: 'Quyết định ghi Giải Nhất.',
    });
    const [kept] = await db.select().from(achievements).where(eq(achievements.id, achievementId));
    expect(kept!.title).toBe('Giải của La Văn Đính');
    expect((await listOwnRequests(db, user.id)).find((r) => r.subject === 'correction')).toMatchObject({
      status: 'refused',
      reason: 'Quyết định ghi Giải Nhất.',
    });

    const second = await requestAchievementCorrection(db, talent, achievementId, values, '');
    await decide(db, childOfficer, { subject: 'correction', subjectId: second, outcome: 'approved' });
    const [corrected] = await db.select().from(achievements).where(eq(achievements.id, achievementId));
    expect(corrected).toMatchObject({
      title: 'Giải Nhì Tin học trẻ',
      year: YEAR - 3,
      verifiedById: childOfficer.id,
    });
    expect(await queueIds(db, childOfficer, 'corrections')).not.toContain(second);
  });

  it('shows a draft profile to the officers above its unit and its owner, nobody else', async () => {
    const owner = await makeUser(db, 'talent');
    const { talentId } = await addDraft(childUnit, 'Châu Thị Nháp', { userId: owner.id });
    const [{ slug }] = (await db
      .select({ slug: talents.slug })
      .from(talents)
      .where(eq(talents.id, talentId))) as [{ slug: string }];
    expect((await getTalentProfile(db, slug, parentOfficer))?.status).toBe('draft');
    expect(await getTalentProfile(db, slug, actorOf(owner))).not.toBeNull();
    expect(await getTalentProfile(db, slug, otherOfficer)).toBeNull();
    expect(await getTalentProfile(db, slug, await makeActor(db, 'talent'))).toBeNull();
    expect(await getTalentProfile(db, slug, null)).toBeNull();
  });

  it('offers "this is me" to a talent without a profile, then shows the claim as waiting', async () => {
    const [recorded] = await db
      .insert(talents)
      .values({
        slug: 'ghi-nhan-san',
        fullName: 'Kim Văn Ghi',
        birthYear: YEAR - 25,
        discoveredYear: YEAR - 1,
        unitId: childUnit,
        status: 'verified',
        visibility: defaultVisibility(YEAR - 25, YEAR),
      })
      .returning({ id: talents.id });
    const profile = (await getTalentProfile(db, 'ghi-nhan-san', null))!;
    expect(profile.claimable).toBe(true);
    const person = await makeActor(db, 'talent');
    expect(await claimStateOf(db, person, profile)).toBe('offer');
    expect(await claimStateOf(db, null, profile)).toBeNull();
    expect(await claimStateOf(db, childOfficer, profile)).toBeNull();
    await claimProfile(db, person, recorded!.id, 'Đây là tôi');
    expect(await claimStateOf(db, person, profile)).toBe('pending');
    expect(await getPendingClaim(db, person.id)).toMatchObject({ talentSlug: 'ghi-nhan-san' });
    expect((await listOwnRequests(db, person.id))[0]).toMatchObject({ subject: 'claim', status: 'waiting' });
  });
});
