import { randomBytes } from 'node:crypto';
import { and, count, eq, inArray, isNotNull, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  achievements,
  consents,
  employers,
  honours,
  keptHonourChoices,
  mailOutbox,
  oneTimeTokens,
  profileParts,
  searchDocuments,
  sessions,
  talentFields,
  talents,
  users,
} from '@db/schema';
import { NotFoundError } from '@/lib/server/errors';
import { type LinkBuilder, signUp } from '@/lib/server/auth/accounts';
import { hashPassword } from '@/lib/server/auth/passwords';
import { requestEmailChange, requestPasswordReset } from '@/lib/server/auth/recovery';
import { deleteAccount, KEEP_HONOURS_TEXT_VERSION } from '@/lib/server/privacy/delete';
import { exportPersonalData } from '@/lib/server/privacy/export';
import { actorOf, makeUser } from '../support/actors';
import { copySeededDatabase, type TestDatabase } from '../support/database';

const DAY = 86_400_000;

describe('download my data and delete my account', () => {
  let database: TestDatabase;
  /** Listed demo talents, with and without honours, handed out one per test. */
  let honoured: number[] = [];
  let unhonoured: number[] = [];

  beforeAll(async () => {
    database = copySeededDatabase();
    const { db } = database;
    const listed = db
      .select({ id: searchDocuments.talentId })
      .from(searchDocuments)
      .where(eq(searchDocuments.listed, true));
    const withHonours = db.selectDistinct({ id: honours.talentId }).from(honours);
    honoured = (
      await db
        .selectDistinct({ id: honours.talentId })
        .from(honours)
        .where(inArray(honours.talentId, listed))
        .orderBy(honours.talentId)
    ).map((r) => r.id);
    unhonoured = (
      await db
        .select({ id: talents.id })
        .from(talents)
        .where(and(inArray(talents.id, listed), notInArray(talents.id, withHonours)))
        .orderBy(talents.id)
    ).map((r) => r.id);
  });
  afterAll(() => database.dispose());

  /** A talent account linked to `talentId`, with a photo, contact and links on the profile. */
  async function createTalentUser(talentId: number, email: string) {
    const { db } = database;
    const user = await makeUser(db, 'talent', {
      email,
      displayName: 'Người thử',
      passwordHash: '$argon2id$v=19$secret-hash-value',
    });
    await db
      .update(talents)
      .set({
        userId: user.id,
        photoPath: `photos/${talentId}.webp`,
        contactEmail: email,
        links: [{ label: 'Blog', url: 'https://example.org/blog' }],
        shortBio: 'Một đoạn giới thiệu ngắn',
        longBio: 'Một đoạn giới thiệu dài',
      })
      .where(eq(talents.id, talentId));
    return user;
  }

  /** A consent, a session, a link and a mail for the user; returns the secrets that must not leak. */
  async function addAccountRecords(userId: number, email: string) {
    const { db } = database;
    const now = Date.now();
    const sessionId = `session-${randomBytes(8).toString('hex')}`;
    const sessionSecret = randomBytes(32);
    const tokenId = `token-${randomBytes(8).toString('hex')}`;
    const tokenSecret = randomBytes(32);
    await db
      .insert(consents)
      .values({ userId, kind: 'terms', textVersion: '2025-07', details: { part: 'all' } });
    await db.insert(sessions).values({
      id: sessionId,
      secretHash: sessionSecret,
      userId,
      lastActiveAt: new Date(now),
      expiresAt: new Date(now + 30 * DAY),
      userAgent: 'Vitest-Browser/1.0',
    });
    await db.insert(oneTimeTokens).values({
      id: tokenId,
      secretHash: tokenSecret,
      userId,
      purpose: 'verify-email',
      expiresAt: new Date(now + DAY),
    });
    await db
      .insert(mailOutbox)
      .values({ userId, to: email, subject: 'Xác nhận địa chỉ email', text: 'Mở liên kết để xác nhận.' });
    return { sessionId, sessionSecret, tokenId, tokenSecret };
  }

  const rowsOf = async (table: typeof sessions | typeof consents | typeof oneTimeTokens, userId: number) =>
    (await database.db.select({ n: count() }).from(table).where(eq(table.userId, userId)))[0]!.n;

  async function listedInDirectory(talentId: number): Promise<boolean> {
    const [doc] = await database.db
      .select()
      .from(searchDocuments)
      .where(eq(searchDocuments.talentId, talentId));
    return doc?.listed ?? false;
  }

  it('exports everything held about the person, and no secret', async () => {
    const talentId = honoured[0]!;
    const email = 'xuat.du.lieu@example.org';
    const user = await createTalentUser(talentId, email);
    const secrets = await addAccountRecords(user.id, email);

    const data = await exportPersonalData(database.db, user.id);
    expect(data.account).toMatchObject({ id: user.id, email, role: 'talent', unitName: null });
    expect(new Date(data.exportedAt).toISOString()).toBe(data.exportedAt);
    expect(data.sessions).toEqual([expect.objectContaining({ userAgent: 'Vitest-Browser/1.0' })]);
    expect(data.consents).toEqual([
      expect.objectContaining({ kind: 'terms', textVersion: '2025-07', details: { part: 'all' } }),
    ]);
    expect(data.pendingLinks).toEqual([expect.objectContaining({ purpose: 'verify-email', usedAt: null })]);
    expect(data.mail).toEqual([
      expect.objectContaining({ subject: 'Xác nhận địa chỉ email', text: 'Mở liên kết để xác nhận.' }),
    ]);
    expect(data.employer).toBeNull();

    const [talent] = await database.db.select().from(talents).where(eq(talents.id, talentId));
    const honourCount = (
      await database.db.select({ n: count() }).from(honours).where(eq(honours.talentId, talentId))
    )[0]!.n;
    const achievementCount = (
      await database.db.select({ n: count() }).from(achievements).where(eq(achievements.talentId, talentId))
    )[0]!.n;
    expect(data.talentProfile).toMatchObject({
      fullName: talent!.fullName,
      birthYear: talent!.birthYear,
      photoPath: `photos/${talentId}.webp`,
      contactEmail: email,
      visibility: talent!.visibility,
    });
    expect(data.talentProfile!.unitName.length).toBeGreaterThan(0);
    expect(data.talentProfile!.fields.length).toBeGreaterThan(0);
    expect(data.talentProfile!.honours).toHaveLength(honourCount);
    expect(data.talentProfile!.achievements).toHaveLength(achievementCount);

    // Plain JSON, and nothing that could sign anyone in.
    const json = JSON.stringify(data);
    expect(JSON.parse(json)).toEqual(data);
    expect(json).not.toMatch(/passwordHash|password_hash|secretHash|secret_hash|argon2/i);
    for (const secret of [
      secrets.sessionId,
      secrets.tokenId,
      secrets.sessionSecret.toString('hex'),
      secrets.sessionSecret.toString('base64'),
    ]) {
      expect(json).not.toContain(secret);
    }
  });

  it('exports an employer profile', async () => {
    const [user] = await database.db
      .insert(users)
      .values({ email: 'tuyen.dung@example.org', displayName: 'Công ty Thử', role: 'employer' })
      .returning();
    await database.db.insert(employers).values({
      userId: user!.id,
      organisationName: 'Công ty TNHH Thử',
      registrationNumber: '1600000000',
      contactPerson: 'Chị Lan',
    });
    const data = await exportPersonalData(database.db, user!.id);
    expect(data.employer).toMatchObject({ organisationName: 'Công ty TNHH Thử', verifiedAt: null });
    expect(data.talentProfile).toBeNull();
  });

  it('keeps a name-only record of the honours when the talent agrees, and erases the rest', async () => {
    const talentId = honoured[1]!;
    const email = 'giu.vinh.danh@example.org';
    const user = await createTalentUser(talentId, email);
    await addAccountRecords(user.id, email);
    const [before] = await database.db.select().from(talents).where(eq(talents.id, talentId));
    const honoursBefore = await database.db.select().from(honours).where(eq(honours.talentId, talentId));
    expect(honoursBefore.length).toBeGreaterThan(0);
    expect(await listedInDirectory(talentId)).toBe(true);

    const chosenAt = new Date('2026-11-30T09:15:00Z');
    const result = await deleteAccount(database.db, user.id, { keepHonours: true, now: chosenAt });
    expect(result).toEqual({ talentKept: true, photoPath: `photos/${talentId}.webp` });
    // What was chosen, when, and the text agreed to; nothing else of the person.
    expect(
      await database.db.select().from(keptHonourChoices).where(eq(keptHonourChoices.talentId, talentId)),
    ).toEqual([
      { id: expect.any(Number) as number, talentId, textVersion: KEEP_HONOURS_TEXT_VERSION, chosenAt },
    ]);

    const [after] = await database.db.select().from(talents).where(eq(talents.id, talentId));
    expect(after).toMatchObject({
      fullName: before!.fullName,
      unitId: before!.unitId,
      status: before!.status,
      birthYear: before!.birthYear,
      discoveredYear: before!.discoveredYear,
      gender: null,
      placeKind: 'in_province',
      placeName: null,
      placeCountry: null,
      shortBio: '',
      longBio: '',
      links: [],
      contactEmail: null,
      photoPath: null,
      openToOpportunities: false,
      userId: null,
    });
    expect(Object.keys(after!.visibility).sort()).toEqual([...profileParts].sort());
    expect(Object.values(after!.visibility).every((audience) => audience === 'private')).toBe(true);
    expect(await database.db.select().from(honours).where(eq(honours.talentId, talentId))).toEqual(
      honoursBefore,
    );
    expect(await database.db.select().from(achievements).where(eq(achievements.talentId, talentId))).toEqual(
      [],
    );
    expect(await database.db.select().from(talentFields).where(eq(talentFields.talentId, talentId))).toEqual(
      [],
    );

    expect(await rowsOf(sessions, user.id)).toBe(0);
    expect(await rowsOf(consents, user.id)).toBe(0);
    expect(await rowsOf(oneTimeTokens, user.id)).toBe(0);
    expect(await database.db.select().from(users).where(eq(users.id, user.id))).toEqual([]);
    expect(await database.db.select().from(mailOutbox).where(eq(mailOutbox.to, email))).toEqual([]);
    expect(await listedInDirectory(talentId)).toBe(false);
  });

  it('deletes the profile when the talent does not want the honours kept', async () => {
    const talentId = honoured[2]!;
    const user = await createTalentUser(talentId, 'xoa.het@example.org');
    await addAccountRecords(user.id, 'xoa.het@example.org');
    expect(await listedInDirectory(talentId)).toBe(true);

    const result = await deleteAccount(database.db, user.id, { keepHonours: false });
    expect(result).toEqual({ talentKept: false, photoPath: `photos/${talentId}.webp` });
    expect(await database.db.select().from(keptHonourChoices)).not.toContainEqual(
      expect.objectContaining({ talentId }),
    );
    expect(await database.db.select().from(talents).where(eq(talents.id, talentId))).toEqual([]);
    expect(await database.db.select().from(honours).where(eq(honours.talentId, talentId))).toEqual([]);
    expect(await database.db.select().from(users).where(eq(users.id, user.id))).toEqual([]);
    expect(await rowsOf(sessions, user.id)).toBe(0);
    expect(await listedInDirectory(talentId)).toBe(false);
  });

  it('deletes a profile without honours even when asked to keep them', async () => {
    const talentId = unhonoured[0]!;
    const user = await createTalentUser(talentId, 'khong.vinh.danh@example.org');
    expect(await listedInDirectory(talentId)).toBe(true);

    const result = await deleteAccount(database.db, user.id, { keepHonours: true });
    expect(result.talentKept).toBe(false);
    expect(await database.db.select().from(talents).where(eq(talents.id, talentId))).toEqual([]);
    expect(await listedInDirectory(talentId)).toBe(false);
  });

  it('deletes an account without a profile, leaving what an officer verified', async () => {
    const [officer] = await database.db
      .select({ id: users.id })
      .from(users)
      .innerJoin(achievements, eq(achievements.verifiedById, users.id))
      .limit(1);
    const verifiedBefore = (
      await database.db.select({ n: count() }).from(achievements).where(isNotNull(achievements.verifiedAt))
    )[0]!.n;
    expect(await deleteAccount(database.db, officer!.id, { keepHonours: true })).toEqual({
      talentKept: false,
      photoPath: null,
    });
    expect(await database.db.select().from(users).where(eq(users.id, officer!.id))).toEqual([]);
    const verifiedAfter = (
      await database.db.select({ n: count() }).from(achievements).where(isNotNull(achievements.verifiedAt))
    )[0]!.n;
    expect(verifiedAfter).toBe(verifiedBefore);
  });

  it('hands out and deletes only the mail written for the account, whatever the address', async () => {
    const { db } = database;
    const password = 'một câu mật khẩu dài';
    const links: LinkBuilder = (kind, token) => `http://test/${kind}?token=${token}`;
    const asker = await makeUser(db, 'talent', { passwordHash: await hashPassword(password) });
    const otherAddress = 'nguoi.khac@example.org';
    // The asker wants someone else's address; its owner signs up afterwards and forgets a password.
    await requestEmailChange(db, actorOf(asker), { email: otherAddress, password, lang: 'vi' }, links);
    await signUp(
      db,
      {
        email: otherAddress,
        password: 'phù sa đồng bằng',
        displayName: 'Người Khác',
        role: 'talent',
        lang: 'vi',
        ip: '10.9.0.1',
      },
      links,
    );
    await requestPasswordReset(db, { email: otherAddress, ip: '10.9.0.2', lang: 'vi' }, links);
    const [owner] = await db.select().from(users).where(eq(users.email, otherAddress));
    const ownersMail = await db.select().from(mailOutbox).where(eq(mailOutbox.userId, owner!.id));
    expect(ownersMail.map((m) => m.text).join()).toMatch(/verify-email\?token=.*reset-password\?token=/s);

    const data = await exportPersonalData(db, asker.id);
    expect(data.mail).toHaveLength(1);
    expect(data.mail[0]!.text).toContain('change-email?token=');
    const json = JSON.stringify(data);
    expect(json).not.toContain('verify-email?token=');
    expect(json).not.toContain('reset-password?token=');

    await deleteAccount(db, asker.id, { keepHonours: false });
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.userId, owner!.id))).toEqual(ownersMail);
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.userId, asker.id))).toEqual([]);
  });

  it('refuses an unknown user', async () => {
    await expect(deleteAccount(database.db, 999_999, { keepHonours: true })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(exportPersonalData(database.db, 999_999)).rejects.toBeInstanceOf(NotFoundError);
  });
});
