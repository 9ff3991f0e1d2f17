import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@db/client';
import {
  achievementEvidence,
  achievements,
  applicationEvidence,
  awardApplications,
  honourReminders,
  honours,
  mailOutbox,
  networkHonours,
  notifications,
  searchDocuments,
  talents,
  units,
} from '@db/schema';
import { applicationBand, type CallForApplications, checkApplicantAge } from '@/lib/awards/application-rules';
import type { Actor } from '@/lib/server/auth/actor';
import { acceptApplication, decideApplication } from '@/lib/server/awards/decisions';
import { sendHonourReminders } from '@/lib/server/awards/reminders';
import {
  canReadEvidence,
  countApplicationsByCall,
  getApplicationReview,
  listCallApplications,
  listOwnApplications,
} from '@/lib/server/awards/review';
import { revokeHonour } from '@/lib/server/awards/revoke';
import { checkEvidence, saveEvidence } from '@/lib/server/uploads/evidence';
import { sweepOrphanEvidence } from '@/lib/server/uploads/sweeper';
import { declareConflict, scoreApplication } from '@/lib/server/awards/scoring';
import { type ApplicationInput, submitApplication } from '@/lib/server/awards/submit';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { getTalentProfile } from '@/lib/server/talents/profile';
import { defaultVisibility } from '@/lib/visibility';
import { seedReferenceData } from '../../scripts/seed';
import { actorOf, makeActor, makeUser } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { expectForbidden, expectInvalid, rejection } from '../support/errors';

let database: TestDatabase;
let db: Database;
let dir: string;
let unit: number;
let otherUnit: number;
let officer: Actor;
let reviewer: Actor;
let otherOfficer: Actor;
let admin: Actor;
let made = 0;

const CALL: CallForApplications = {
  key: 'gmt-thu-2027',
  awardName: 'Gương mặt trẻ tiêu biểu thử 2027',
  awardYear: 2027,
  organiser: 'Ban Thường vụ Tỉnh Đoàn An Giang',
  status: 'open',
  band: { minAge: 16, maxAge: 35 },
  firstTimeOnly: true,
  honourKind: 'featured_young_face',
  criteriaCount: 3,
};
const PROVENANCE = {
  decisionNumber: '125-QĐ/TĐTN-BTC',
  issuedBy: 'Ban Thường vụ Tỉnh Đoàn An Giang',
  decidedOn: '2027-03-20',
  ceremonyUrl: 'https://example.vn/tin-tuc/le-tuyen-duong-2027',
};
const STATEMENT = 'Thành tích tiêu biểu của bạn trẻ trong năm qua, có sức lan tỏa.';
const input = (more: Partial<ApplicationInput> = {}): ApplicationInput => ({
  statement: STATEMENT,
  links: [],
  files: [],
  consent: true,
  ...more,
});

async function addUnit(slug: string): Promise<number> {
  const [row] = await db
    .insert(units)
    .values({ slug, name: slug, kind: 'commune' })
    .returning({ id: units.id });
  return row!.id;
}

/** A verified, public talent of `unitId`, with an account unless `owned` is false. */
async function addTalent(unitId: number, birthYear = 2000, owned = true) {
  made += 1;
  const user = owned ? await makeUser(db, 'talent') : null;
  const fullName = `Bạn Trẻ Thử ${made}`;
  const [row] = await db
    .insert(talents)
    .values({
      slug: `ban-tre-thu-${made}`,
      fullName,
      birthYear,
      discoveredYear: 2026,
      unitId,
      status: 'verified',
      visibility: defaultVisibility(birthYear, 2026),
      userId: user?.id ?? null,
    })
    .returning({ id: talents.id, slug: talents.slug });
  return { talentId: row!.id, slug: row!.slug, fullName, actor: user ? actorOf(user) : null };
}

async function pngBytes(): Promise<Uint8Array> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#0a5' } })
    .png()
    .toBuffer();
}

const submit = (actor: Actor, more: Partial<ApplicationInput> = {}, call = CALL) =>
  submitApplication(db, actor, call, input(more), { dir });

async function nominated(by: Actor = officer) {
  const talent = await addTalent(unit);
  const outcome = await submit(by, { talent: talent.slug });
  if (outcome.kind !== 'submitted') throw new Error('not submitted');
  return { ...talent, applicationId: outcome.applicationId };
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  dir = mkdtempSync(join(tmpdir(), 'tntag-evidence-'));
  await seedReferenceData(db);
  unit = await addUnit('doan-xa-giai-thuong');
  otherUnit = await addUnit('doan-xa-ben-canh');
  officer = await makeActor(db, 'officer', { unitId: unit });
  reviewer = await makeActor(db, 'officer', { unitId: unit });
  otherOfficer = await makeActor(db, 'officer', { unitId: otherUnit });
  admin = await makeActor(db, 'admin');
});
afterAll(() => {
  database.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('eligibility on submit', () => {
  it('is the plan’s 16–35 within the call’s own band, counted in the award year', () => {
    expect(applicationBand({ minAge: 8, maxAge: 24 })).toEqual({ minAge: 16, maxAge: 24 });
    expect(checkApplicantAge(1992, CALL)).toEqual({ eligible: true, from: 1992, to: 2011 });
    expect(checkApplicantAge(1991, CALL).eligible).toBe(false);
    expect(checkApplicantAge(2012, CALL).eligible).toBe(false);
  });

  it('refuses a talent outside the band, naming the rule; stores nothing', async () => {
    const old = await addTalent(unit, 1990);
    await expectInvalid(submit(old.actor!), undefined, { key: 'awards.ageOutOfBand' });
    await expectInvalid(submit(officer, { talent: old.slug }), 'talent', { key: 'awards.ageOutOfBand' });
    const young = await addTalent(unit, 2000);
    const narrow = { ...CALL, key: 'tin-hoc-thu', band: { minAge: 8, maxAge: 24 } };
    await expectInvalid(submit(young.actor!, {}, narrow), undefined, { key: 'awards.ageOutOfBand' });
    expect(
      await db.select().from(awardApplications).where(eq(awardApplications.talentId, old.talentId)),
    ).toEqual([]);
  });

  it('applies the call’s first-time rule, one file per call, the call’s dates and the consent', async () => {
    const talent = await addTalent(unit);
    await db
      .insert(honours)
      .values({ talentId: talent.talentId, kind: 'featured_young_face', title: 'GMT 2024', year: 2024 });
    await expectInvalid(submit(talent.actor!), undefined, { key: 'awards.alreadyHonoured' });

    const other = await addTalent(unit);
    await expectInvalid(submit(other.actor!, {}, { ...CALL, status: 'closed' }), undefined, {
      key: 'awards.callNotOpen',
    });
    await expectInvalid(
      submitApplication(db, other.actor!, CALL, input({ consent: false }), { dir }),
      'consent',
    );
    expect((await submit(other.actor!)).kind).toBe('submitted');
    await expectInvalid(submit(other.actor!), undefined, { key: 'awards.alreadyApplied' });
  });

  it('offers someone without a profile their recorded profile to claim, instead of refusing', async () => {
    const recorded = await addTalent(otherUnit, 1999, false);
    const newcomer = actorOf(await makeUser(db, 'talent'));
    expect(await submit(newcomer, { fullName: recorded.fullName, birthYear: 1999 })).toEqual({
      kind: 'claim',
      slug: recorded.slug,
      fullName: recorded.fullName,
    });
    // Out of the band, the answer is the age rule with its birth years.
    await expectInvalid(submit(newcomer, { fullName: recorded.fullName, birthYear: 1985 }), 'birthYear', {
      key: 'awards.ageOutOfBand',
    });
    await expectInvalid(submit(newcomer, { fullName: 'Người Chưa Ghi Nhận', birthYear: 2001 }), undefined, {
      key: 'awards.profileNeeded',
    });
  });
});

describe('evidence files', () => {
  it('are checked by content, stored under random names in the configured folder, re-encoded when images', async () => {
    const talent = await addTalent(unit);
    const pdf = new TextEncoder().encode('%PDF-1.4\n%minh chung\n%%EOF\n');
    const before = readdirSync(dir).length;
    const outcome = await submit(talent.actor!, {
      files: [pdf, await pngBytes()],
      links: ['https://example.vn/a'],
    });
    expect(outcome.kind).toBe('submitted');
    const stored = await db.select().from(applicationEvidence);
    const names = stored.map((s) => s.fileName);
    expect(names.some((n) => /^[a-f0-9]{32}\.pdf$/.test(n))).toBe(true);
    expect(names.some((n) => /^[a-f0-9]{32}\.webp$/.test(n))).toBe(true);
    expect(readdirSync(dir).length).toBe(before + 2);
    // The talent, staff of the unit and nobody else may open them.
    expect(await canReadEvidence(db, talent.actor, names[0]!)).toBe(true);
    expect(await canReadEvidence(db, officer, names[0]!)).toBe(true);
    expect(await canReadEvidence(db, otherOfficer, names[0]!)).toBe(false);
    expect(await canReadEvidence(db, null, names[0]!)).toBe(false);
  });

  it('refuses a file that is neither PDF nor image, and one too large, writing nothing', async () => {
    const talent = await addTalent(unit);
    const before = readdirSync(dir).length;
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    await expectInvalid(submit(talent.actor!, { files: [html] }), 'files', { key: 'evidence.type' });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    await expectInvalid(submit(talent.actor!, { files: [big] }), 'files', { key: 'evidence.tooLarge' });
    expect(readdirSync(dir).length).toBe(before);
    expect(
      await db.select().from(awardApplications).where(eq(awardApplications.talentId, talent.talentId)),
    ).toEqual([]);
  });
});

describe('evidence of deleted records', () => {
  it('is swept from the folder once no application references it, and not before', async () => {
    const talent = await addTalent(unit);
    const pdf = new TextEncoder().encode('%PDF-1.4\n%a supprimer\n%%EOF\n');
    await submit(talent.actor!, { files: [pdf] });
    const [application] = await db
      .select({ id: awardApplications.id })
      .from(awardApplications)
      .where(eq(awardApplications.talentId, talent.talentId));
    const [file] = await db
      .select({ name: applicationEvidence.fileName })
      .from(applicationEvidence)
      .where(eq(applicationEvidence.applicationId, application!.id));
    const later = Date.now() + 2 * 60 * 60 * 1000;
    expect(await sweepOrphanEvidence(db, later, { dir })).toBe(0);
    await db.delete(talents).where(eq(talents.id, talent.talentId));
    expect(await sweepOrphanEvidence(db, Date.now(), { dir })).toBe(0);
    expect(await sweepOrphanEvidence(db, later, { dir })).toBe(1);
    expect(readdirSync(dir)).not.toContain(file!.name);
  });

  it('keeps the evidence of achievements, which shares the folder, until its achievement is gone', async () => {
    const talent = await addTalent(unit);
    const [achievement] = await db
      .insert(achievements)
      .values({
        talentId: talent.talentId,
        title: 'Giải nhất',
        awardName: 'Hội thi',
        level: 'provincial',
        year: 2025,
      })
      .returning({ id: achievements.id });
    const checked = await checkEvidence(new TextEncoder().encode('%PDF-1.4\n%thanh tich\n%%EOF\n'));
    if (!checked.ok) throw new Error('not a PDF');
    const storedName = await saveEvidence(checked, dir);
    await db.insert(achievementEvidence).values({
      achievementId: achievement!.id,
      storedName,
      mediaType: checked.mediaType,
      byteSize: checked.bytes.length,
    });
    const later = Date.now() + 2 * 60 * 60 * 1000;
    expect(await sweepOrphanEvidence(db, later, { dir })).toBe(0);
    expect(readdirSync(dir)).toContain(storedName);
    await db.delete(talents).where(eq(talents.id, talent.talentId));
    expect(await sweepOrphanEvidence(db, later, { dir })).toBe(1);
    expect(readdirSync(dir)).not.toContain(storedName);
  });
});

describe('authorization by unit', () => {
  it('lets an officer nominate only talents of their units, and see only their applications', async () => {
    const talent = await addTalent(unit);
    await expectForbidden(submit(otherOfficer, { talent: talent.slug }));
    const { applicationId } = await nominated();
    const mine = await listCallApplications(db, officer, CALL.key, new URLSearchParams());
    expect(mine!.items.map((i) => i.id)).toContain(applicationId);
    const theirs = await listCallApplications(db, otherOfficer, CALL.key, new URLSearchParams());
    expect(theirs!.items.map((i) => i.id)).not.toContain(applicationId);
    await expectForbidden(getApplicationReview(db, otherOfficer, applicationId));
  });

  it('follows a talent who moves to another unit: the lists and counts of both units say so', async () => {
    const { applicationId } = await nominated();
    const ids = async (actor: Actor) =>
      (await listCallApplications(db, actor, CALL.key, new URLSearchParams()))!.items.map((i) => i.id);
    const counted = async (actor: Actor) =>
      (await countApplicationsByCall(db, actor, [CALL.key])).get(CALL.key)?.submitted ?? 0;
    const [before, otherBefore] = [await counted(officer), await counted(otherOfficer)];
    const [row] = await db.select().from(awardApplications).where(eq(awardApplications.id, applicationId));
    await db.update(talents).set({ unitId: otherUnit }).where(eq(talents.id, row!.talentId));
    expect(await ids(officer)).not.toContain(applicationId);
    expect(await ids(otherOfficer)).toContain(applicationId);
    expect([await counted(officer), await counted(otherOfficer)]).toEqual([before - 1, otherBefore + 1]);
  });

  it("keeps the calls' tallies equal to the applications after every kind of write", async () => {
    const tallies = () =>
      db.all(sql`SELECT call_key, unit_id, status, count FROM award_application_tallies ORDER BY 1, 2, 3`);
    const counted = () =>
      db.all(sql`SELECT call_key, coalesce(unit_id, 0) AS unit_id, status, count(*) AS count
        FROM award_applications GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
    const writes: [string, () => Promise<unknown>][] = [];
    const first = await nominated();
    const second = await nominated();
    writes.push(
      ['a nomination', () => nominated()],
      [
        'a shortlist',
        () =>
          decideApplication(db, officer, {
            applicationId: first.applicationId,
            outcome: 'shortlisted',
            note: '',
          }),
      ],
      [
        'a rejection',
        () =>
          decideApplication(db, officer, {
            applicationId: second.applicationId,
            outcome: 'rejected',
            note: 'Chưa đủ.',
          }),
      ],
      ['a move', () => db.update(talents).set({ unitId: otherUnit }).where(eq(talents.id, first.talentId))],
      ['a deleted talent', () => db.delete(talents).where(eq(talents.id, second.talentId))],
    );
    for (const [what, write] of writes) {
      const before = await tallies();
      await write();
      const after = await tallies();
      expect(after, `after ${what}`).not.toEqual(before);
      expect(after, `after ${what}`).toEqual(await counted());
    }
  });

  it('refuses every write on another unit’s application, and talents and employers everywhere', async () => {
    const { applicationId } = await nominated();
    const employer = await makeActor(db, 'employer');
    const someTalent = (await addTalent(unit)).actor!;
    for (const actor of [otherOfficer, employer, someTalent]) {
      await expectForbidden(declareConflict(db, actor, { applicationId, hasConflict: false }));
      await expectForbidden(scoreApplication(db, actor, { applicationId, scores: [3, 3, 3], note: '' }));
      await expectForbidden(
        decideApplication(db, actor, { applicationId, outcome: 'shortlisted', note: '' }),
      );
      await expectForbidden(acceptApplication(db, actor, { applicationId, note: '', ...PROVENANCE }));
    }
    await expectForbidden(revokeHonour(db, officer, { honourId: 1, reason: 'x' }));
    const [row] = await db.select().from(awardApplications).where(eq(awardApplications.id, applicationId));
    expect(row!.status).toBe('submitted');
  });
});

describe('scoring', () => {
  it('asks for a declaration first; a conflict stops the reviewer from scoring', async () => {
    const { applicationId } = await nominated();
    await expectInvalid(
      scoreApplication(db, reviewer, { applicationId, scores: [4, 4, 4], note: '' }),
      undefined,
      {
        key: 'awards.declareFirst',
      },
    );
    await declareConflict(db, reviewer, { applicationId, hasConflict: true });
    await expectInvalid(declareConflict(db, reviewer, { applicationId, hasConflict: false }), 'hasConflict');
    await expectForbidden(scoreApplication(db, reviewer, { applicationId, scores: [4, 4, 4], note: '' }));
    await declareConflict(db, admin, { applicationId, hasConflict: false });
    await scoreApplication(db, admin, { applicationId, scores: [5, 4, 3], note: 'Hồ sơ tốt' });
    const review = await getApplicationReview(db, admin, applicationId);
    expect(review.criterionMeans).toEqual([5, 4, 3]);
    expect(review.may.score).toBe(true);
  });

  it('takes one score of 1–5 for each of the call’s criteria', async () => {
    const { applicationId } = await nominated();
    await declareConflict(db, reviewer, { applicationId, hasConflict: false });
    for (const scores of [
      [4, 4],
      [4, 4, 4, 4],
      [0, 3, 3],
      [6, 3, 3],
      [2.5, 3, 3],
    ])
      await expectInvalid(scoreApplication(db, reviewer, { applicationId, scores, note: '' }), 'scores');
    await scoreApplication(db, reviewer, { applicationId, scores: [1, 5, 3], note: '' });
  });

  it('never lets the nominator score or declare on their own nomination', async () => {
    const { applicationId } = await nominated(officer);
    const own = await rejection(declareConflict(db, officer, { applicationId, hasConflict: false }));
    expect(own).toBeInstanceOf(ForbiddenError);
    expect((own as ForbiddenError).key).toBe('awards.ownNomination');
    await expectForbidden(scoreApplication(db, officer, { applicationId, scores: [5, 5, 5], note: '' }));
    expect((await getApplicationReview(db, officer, applicationId)).may).toMatchObject({
      declare: false,
      score: false,
    });
  });
});

describe('decisions, honours and revocation', () => {
  it('needs a note to reject, and decides an application only once', async () => {
    const { applicationId, actor } = await nominated();
    await expectInvalid(
      decideApplication(db, officer, { applicationId, outcome: 'rejected', note: ' ' }),
      'note',
    );
    await decideApplication(db, officer, { applicationId, outcome: 'rejected', note: 'Chưa đủ minh chứng' });
    await expectInvalid(decideApplication(db, officer, { applicationId, outcome: 'shortlisted', note: '' }));
    const [own] = await listOwnApplications(db, actor!.id);
    expect(own).toMatchObject({ status: 'rejected', note: 'Chưa đủ minh chứng' });
    const told = await db.select().from(notifications).where(eq(notifications.userId, actor!.id));
    expect(told.map((n) => n.kind)).toContain('awardRejected');
  });

  it('accepting puts the honour with its provenance on the profile and in the public lists; revoking takes it off', async () => {
    const { applicationId, talentId, slug, actor } = await nominated();
    await decideApplication(db, officer, { applicationId, outcome: 'shortlisted', note: 'Vào vòng cuối' });
    const honourId = await acceptApplication(db, reviewer, {
      applicationId,
      note: 'Tấm gương sáng',
      ...PROVENANCE,
    });

    const [talent] = await db.select().from(talents).where(eq(talents.id, talentId));
    expect(talent!.status).toBe('honoured');
    const profile = await getTalentProfile(db, slug, null);
    expect(profile!.honours).toEqual([
      expect.objectContaining({
        title: CALL.awardName,
        year: 2027,
        ...PROVENANCE,
        citation: 'Tấm gương sáng',
      }),
    ]);
    expect(await db.select().from(networkHonours).where(eq(networkHonours.honourId, honourId))).toHaveLength(
      1,
    );
    const [document] = await db.select().from(searchDocuments).where(eq(searchDocuments.talentId, talentId));
    expect(document!.document).toContain(CALL.awardName);
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.userId, actor!.id));
    expect(mails.some((m) => m.subject.includes('tuyên dương'))).toBe(true);

    await expectForbidden(revokeHonour(db, officer, { honourId, reason: 'Sai phạm' }));
    await expectInvalid(revokeHonour(db, admin, { honourId, reason: '' }), 'reason');
    await revokeHonour(db, admin, { honourId, reason: 'Thành tích không đúng sự thật' });
    expect(await db.select().from(networkHonours).where(eq(networkHonours.honourId, honourId))).toEqual([]);
    expect((await getTalentProfile(db, slug, null))!.honours).toEqual([]);
    const [after] = await db.select().from(talents).where(eq(talents.id, talentId));
    expect(after!.status).toBe('verified');
    const [documentAfter] = await db
      .select()
      .from(searchDocuments)
      .where(eq(searchDocuments.talentId, talentId));
    expect(documentAfter!.document).not.toContain(CALL.awardName);
    // History stays: the row is kept, marked revoked with its reason and who did it.
    const [kept] = await db.select().from(honours).where(eq(honours.id, honourId));
    expect(kept).toMatchObject({ revokedReason: 'Thành tích không đúng sự thật', revokedById: admin.id });
    expect(kept!.revokedAt).toBeInstanceOf(Date);
    await expectInvalid(revokeHonour(db, admin, { honourId, reason: 'lần nữa' }));
    await expect(revokeHonour(db, admin, { honourId: 999_999, reason: 'x' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe('anniversary reminders', () => {
  it('remind an honoured talent once a year from the anniversary of the decision, never twice', async () => {
    const { applicationId, actor } = await nominated();
    const honourId = await acceptApplication(db, officer, { applicationId, note: '', ...PROVENANCE });
    const remindersOf = () =>
      db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, actor!.id), eq(notifications.kind, 'honourAnniversary')));

    // The year of the honour itself, and the day before its first anniversary: nothing.
    await sendHonourReminders(db, new Date('2027-12-31T03:00:00Z'));
    await sendHonourReminders(db, new Date('2028-03-19T03:00:00Z'));
    expect(await remindersOf()).toEqual([]);
    // 20 March 2028, 07:00 in Viet Nam (still 19 March in UTC): the anniversary has come.
    await sendHonourReminders(db, new Date('2028-03-20T00:00:00Z'));
    await sendHonourReminders(db, new Date('2028-03-20T09:00:00Z'));
    await sendHonourReminders(db, new Date('2028-11-01T09:00:00Z'));
    expect(await remindersOf()).toHaveLength(1);
    expect((await remindersOf())[0]!.params).toMatchObject({ years: 1 });
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.userId, actor!.id));
    expect(mails.filter((m) => m.subject.includes('cập nhật hồ sơ'))).toHaveLength(1);
    // A day the server missed is caught up the next run; a year later, the next reminder.
    await sendHonourReminders(db, new Date('2029-04-02T03:00:00Z'));
    expect(await remindersOf()).toHaveLength(2);
    expect(
      await db.select().from(honourReminders).where(eq(honourReminders.honourId, honourId)),
    ).toHaveLength(2);

    await revokeHonour(db, admin, { honourId, reason: 'Thu hồi thử' });
    await sendHonourReminders(db, new Date('2030-03-21T03:00:00Z'));
    expect(await remindersOf()).toHaveLength(2);
  });
});
