import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@db/client';
import {
  achievements,
  employers,
  searchDocuments,
  talentClaims,
  type Talent,
  talents,
  units,
  users,
} from '@db/schema';
import type { TalentDocument } from '@/lib/search/types';
import type { Actor } from '@/lib/server/auth/actor';
import { NotFoundError } from '@/lib/server/errors';
import { appointOfficer } from '@/lib/server/officers/appointments';
import {
  decideClaim,
  verifyEmployer,
  verifyAchievement,
  verifyTalentProfile,
} from '@/lib/server/officers/verification';
import {
  addOwnAchievement,
  claimProfile,
  createOwnProfile,
  getOwnTalent,
  updateVisibility,
} from '@/lib/server/talents/self-service';
import { isMinor } from '@/lib/visibility';
import { makeActor, seededActor } from '../support/actors';
import { queueIds } from '../support/queues';
import { countQueues } from '@/lib/server/officers/queues';
import { queueNames } from '@/lib/server/officers/queue-filters';
import { copySeededDatabase, type TestDatabase } from '../support/database';
import { expectForbidden, expectInvalid, rejection } from '../support/errors';
import { DEMO_ADMIN_EMAIL, demoOfficerEmail } from '../../scripts/seed';

const YEAR = new Date().getFullYear();

let database: TestDatabase;
let db: Database;
/** Seeded staff: Long Xuyên's officer, Châu Đốc's officer and the admin. */
let lxOfficer: Actor;
let cdOfficer: Actor;
let admin: Actor;
let lxUnitId: number;
let cdUnitId: number;

async function documentOf(talentId: number): Promise<TalentDocument | null> {
  const [row] = await db.select().from(searchDocuments).where(eq(searchDocuments.talentId, talentId));
  return row?.listed && row.document ? (JSON.parse(row.document) as TalentDocument) : null;
}

/** Unowned, listed, adult talents of a unit whose achievements are public, not yet ranked international. */
async function listedAdultsOf(unitId: number): Promise<Talent[]> {
  const rows = await db
    .select()
    .from(talents)
    .where(inArray(talents.status, ['verified', 'honoured']));
  const candidates = rows.filter(
    (t) =>
      t.unitId === unitId &&
      t.userId === null &&
      !isMinor(t.birthYear, YEAR) &&
      t.visibility.profile === 'public' &&
      t.visibility.achievements === 'public',
  );
  const docs = await Promise.all(candidates.map((t) => documentOf(t.id)));
  return candidates.filter((_, i) => docs[i] && docs[i].highestLevel !== 'international');
}

const statusOf = async (claimId: number) =>
  (await db.select({ status: talentClaims.status }).from(talentClaims).where(eq(talentClaims.id, claimId)))[0]
    ?.status;

beforeAll(async () => {
  database = copySeededDatabase();
  db = database.db;
  lxOfficer = await seededActor(db, demoOfficerEmail('thanh-doan-long-xuyen'));
  cdOfficer = await seededActor(db, demoOfficerEmail('thanh-doan-chau-doc'));
  admin = await seededActor(db, DEMO_ADMIN_EMAIL);
  lxUnitId = (await db.select().from(units).where(eq(units.slug, 'doan-phuong-long-xuyen')))[0]!.id;
  cdUnitId = (await db.select().from(units).where(eq(units.slug, 'doan-phuong-chau-doc')))[0]!.id;
  expect(lxOfficer.unitId).toBe(lxUnitId);
  expect(cdOfficer.unitId).toBe(cdUnitId);
});
afterAll(() => database.dispose());

describe('the demo seed', () => {
  it('leaves items waiting in every queue', async () => {
    const counts = await countQueues(db, admin);
    for (const queue of queueNames) expect(counts[queue], queue).toBeGreaterThan(0);
  });
});

describe('deciding claims', () => {
  it('approves one claimant and rejects the rest, for the officers of the unit only', async () => {
    const [target, elsewhere] = await listedAdultsOf(lxUnitId);
    const [cdTarget] = await listedAdultsOf(cdUnitId);
    const alice = await makeActor(db, 'talent');
    const bob = await makeActor(db, 'talent');
    const aliceClaim = await claimProfile(db, alice, target!.id, 'Tôi là người này');
    const bobClaim = await claimProfile(db, bob, target!.id, '');
    const aliceOther = await claimProfile(db, alice, elsewhere!.id, '');
    const cdClaim = await claimProfile(db, await makeActor(db, 'talent'), cdTarget!.id, '');

    const lxIds = await queueIds(db, lxOfficer, 'claims');
    expect(lxIds).toEqual(expect.arrayContaining([aliceClaim, bobClaim, aliceOther]));
    expect(lxIds).not.toContain(cdClaim);
    const cdIds = await queueIds(db, cdOfficer, 'claims');
    expect(cdIds).toContain(cdClaim);
    expect(cdIds).not.toContain(aliceClaim);
    expect(await queueIds(db, admin, 'claims')).toEqual(expect.arrayContaining([aliceClaim, cdClaim]));

    await expectForbidden(queueIds(db, alice, 'claims'));
    await expectForbidden(queueIds(db, { ...lxOfficer, emailVerified: false }, 'claims'));
    await expectForbidden(decideClaim(db, cdOfficer, aliceClaim, true));
    await expectForbidden(decideClaim(db, alice, aliceClaim, true));
    await expectForbidden(decideClaim(db, await makeActor(db, 'employer'), aliceClaim, true));
    await expectForbidden(decideClaim(db, { ...lxOfficer, emailVerified: false }, aliceClaim, true));
    expect(await rejection(decideClaim(db, lxOfficer, 9_999_999, true))).toBeInstanceOf(NotFoundError);

    expect(await decideClaim(db, lxOfficer, aliceClaim, true)).toBe('approved');
    expect((await getOwnTalent(db, alice))?.id).toBe(target!.id);
    expect(await statusOf(bobClaim)).toBe('rejected');
    // Alice owns a profile now, so her other claim can never succeed.
    expect(await statusOf(aliceOther)).toBe('rejected');
    const [decided] = await db.select().from(talentClaims).where(eq(talentClaims.id, aliceClaim));
    expect(decided).toMatchObject({ status: 'approved', decidedById: lxOfficer.id });
    await expectInvalid(decideClaim(db, lxOfficer, aliceClaim, true), 'outcome', {
      key: 'workspace.decisionRefused',
    });
    await expectInvalid(decideClaim(db, lxOfficer, bobClaim, true), 'outcome', {
      key: 'workspace.decisionRefused',
    });
    // The directory still lists the profile, now with an owner behind it.
    expect(await documentOf(target!.id)).not.toBeNull();
  });

  it('rejects without touching the profile, and lets the person ask again', async () => {
    const [, , target] = await listedAdultsOf(cdUnitId);
    const carol = await makeActor(db, 'talent');
    const claim = await claimProfile(db, carol, target!.id, '');
    expect(await decideClaim(db, admin, claim, false, 'Không khớp thông tin')).toBe('rejected');
    expect((await db.select().from(talents).where(eq(talents.id, target!.id)))[0]?.userId).toBeNull();
    expect(await getOwnTalent(db, carol)).toBeNull();
    const again = await claimProfile(db, carol, target!.id, 'Xin xét lại');
    expect(await statusOf(again)).toBe('pending');
  });

  it('keeps a claimant from making a second profile, and does not approve one who got a profile meanwhile', async () => {
    const [target, other] = await listedAdultsOf(lxUnitId);
    const dan = await makeActor(db, 'talent');
    const claim = await claimProfile(db, dan, target!.id, '');
    const profile = {
      fullName: 'Lý Văn Dân',
      birthYear: YEAR - 20,
      unitId: lxUnitId,
      fieldSlugs: [],
      placeKind: 'in_province' as const,
      shortBio: '',
      currentYear: YEAR,
    };
    await expectInvalid(createOwnProfile(db, dan, profile), undefined, {
      key: 'profile.claimPendingNoCreate',
    });
    // Another profile reached the claimant meanwhile (another officer handed it over).
    await db.update(talents).set({ userId: dan.id }).where(eq(talents.id, other!.id));
    await expectInvalid(decideClaim(db, lxOfficer, claim, true), 'outcome', {
      key: 'workspace.decisionRefused',
    });
    expect((await db.select().from(talents).where(eq(talents.id, target!.id)))[0]?.userId).toBeNull();
  });
});

describe('verifying achievements', () => {
  const award = {
    title: 'Huy chương Vàng Olympic Toán quốc tế',
    awardName: 'IMO',
    level: 'international',
    rank: 'Huy chương Vàng',
    issuingBody: 'IMO',
    year: YEAR,
  } as const;

  it('ranks the talent in the directory at once, when the officer of the unit verifies', async () => {
    const [seeded] = await listedAdultsOf(lxUnitId);
    const owner = await makeActor(db, 'talent');
    await db.update(talents).set({ userId: owner.id }).where(eq(talents.id, seeded!.id));
    const id = await addOwnAchievement(db, owner, award, YEAR);
    const levelBefore = (await documentOf(seeded!.id))?.highestLevel;
    expect(levelBefore).not.toBe('international');

    expect(await queueIds(db, lxOfficer, 'achievements')).toContain(id);
    expect(await queueIds(db, cdOfficer, 'achievements')).not.toContain(id);
    expect(await queueIds(db, admin, 'achievements')).toContain(id);
    await expectForbidden(queueIds(db, owner, 'achievements'));

    await expectForbidden(verifyAchievement(db, cdOfficer, id));
    await expectForbidden(verifyAchievement(db, owner, id));
    await expectForbidden(verifyAchievement(db, { ...lxOfficer, emailVerified: false }, id));
    expect(await rejection(verifyAchievement(db, lxOfficer, 9_999_999))).toBeInstanceOf(NotFoundError);
    expect((await documentOf(seeded!.id))?.highestLevel).toBe(levelBefore);

    await verifyAchievement(db, lxOfficer, id);
    const [row] = await db.select().from(achievements).where(eq(achievements.id, id));
    expect(row?.verifiedById).toBe(lxOfficer.id);
    expect(row?.verifiedAt).toBeInstanceOf(Date);
    const doc = await documentOf(seeded!.id);
    expect(doc?.highestLevel).toBe('international');
    expect(doc?.awards).toEqual(expect.arrayContaining([award.title, award.awardName]));
    expect(await queueIds(db, lxOfficer, 'achievements')).not.toContain(id);
    await expectInvalid(verifyAchievement(db, lxOfficer, id), 'outcome', {
      key: 'workspace.decisionRefused',
    });
  });

  it('shows nothing of achievements the talent keeps hidden', async () => {
    const [seeded] = await listedAdultsOf(cdUnitId);
    const owner = await makeActor(db, 'talent');
    await db.update(talents).set({ userId: owner.id }).where(eq(talents.id, seeded!.id));
    await updateVisibility(db, owner, { ...seeded!.visibility, achievements: 'members' }, '');
    const id = await addOwnAchievement(db, owner, award, YEAR);
    await verifyAchievement(db, admin, id);
    const doc = await documentOf(seeded!.id);
    expect(doc).not.toBeNull();
    expect(doc?.awards).toEqual([]);
    expect(doc?.highestLevel).toBeNull();
  });
});

describe('verifying self-made profiles', () => {
  it('lists a draft once an officer of its unit verifies it', async () => {
    const owner = await makeActor(db, 'talent');
    const { id } = await createOwnProfile(db, owner, {
      fullName: 'Trịnh Thị Ngọc Hân',
      birthYear: YEAR - 24,
      unitId: lxUnitId,
      fieldSlugs: ['hoc-tap'],
      placeKind: 'in_province',
      shortBio: 'Giáo viên trẻ',
      currentYear: YEAR,
    });
    expect(await documentOf(id)).toBeNull();
    await expectForbidden(verifyTalentProfile(db, cdOfficer, id));
    await expectForbidden(verifyTalentProfile(db, owner, id));
    await expectForbidden(verifyTalentProfile(db, { ...lxOfficer, emailVerified: false }, id));
    expect(await rejection(verifyTalentProfile(db, lxOfficer, 9_999_999))).toBeInstanceOf(NotFoundError);

    await verifyTalentProfile(db, lxOfficer, id);
    expect((await db.select().from(talents).where(eq(talents.id, id)))[0]?.status).toBe('verified');
    expect(await documentOf(id)).toMatchObject({ fullName: 'Trịnh Thị Ngọc Hân', shortBio: 'Giáo viên trẻ' });
    await expectInvalid(verifyTalentProfile(db, lxOfficer, id), 'outcome', {
      key: 'workspace.decisionRefused',
    });
  });

  it('checks the age rule again in the year of discovery', async () => {
    const [draft] = await db
      .insert(talents)
      .values({
        slug: 'qua-tuoi',
        fullName: 'Quá Tuổi',
        birthYear: 1980,
        discoveredYear: 2024,
        unitId: lxUnitId,
        visibility: { profile: 'public' } as never,
      })
      .returning({ id: talents.id });
    await expectInvalid(verifyTalentProfile(db, admin, draft!.id), 'birthYear', {
      key: 'workspace.draftIneligible',
    });
    expect((await db.select().from(talents).where(eq(talents.id, draft!.id)))[0]?.status).toBe('draft');
  });
});

describe('verifying employers', () => {
  async function makeEmployer(verified: boolean): Promise<Actor> {
    const actor = await makeActor(db, 'employer', { emailVerified: verified });
    await db.insert(employers).values({
      userId: actor.id,
      organisationName: `Công ty ${actor.id}`,
      registrationNumber: `16000${actor.id}`,
      contactPerson: 'Chị Lan',
    });
    return actor;
  }

  it('is for officers and admins, and only for confirmed addresses', async () => {
    const confirmed = await makeEmployer(true);
    const unconfirmed = await makeEmployer(false);
    // An employer waits in the queue once its address is confirmed.
    const listed = await queueIds(db, cdOfficer, 'employers');
    expect(listed).toContain(confirmed.id);
    expect(listed).not.toContain(unconfirmed.id);
    await expectForbidden(queueIds(db, confirmed, 'employers'));
    await expectForbidden(queueIds(db, await makeActor(db, 'talent'), 'employers'));

    await expectForbidden(verifyEmployer(db, confirmed, confirmed.id));
    await expectForbidden(verifyEmployer(db, await makeActor(db, 'talent'), confirmed.id));
    await expectForbidden(verifyEmployer(db, { ...cdOfficer, emailVerified: false }, confirmed.id));
    await expectInvalid(verifyEmployer(db, cdOfficer, unconfirmed.id), 'outcome', {
      key: 'workspace.decisionRefused',
    });
    expect(await rejection(verifyEmployer(db, cdOfficer, lxOfficer.id))).toBeInstanceOf(NotFoundError);

    await verifyEmployer(db, cdOfficer, confirmed.id);
    const [row] = await db.select().from(employers).where(eq(employers.userId, confirmed.id));
    expect(row?.verifiedById).toBe(cdOfficer.id);
    expect(row?.verifiedAt).toBeInstanceOf(Date);
    expect(await queueIds(db, admin, 'employers')).not.toContain(confirmed.id);
    await expectInvalid(verifyEmployer(db, admin, confirmed.id), 'outcome');
  });
});

describe('appointing officers', () => {
  const userRow = async (id: number) => (await db.select().from(users).where(eq(users.id, id)))[0]!;

  it('is for admins only', async () => {
    const candidate = await makeActor(db, 'talent');
    const appointment = { email: candidate.email, unitId: lxUnitId };
    await expectForbidden(appointOfficer(db, lxOfficer, appointment));
    await expectForbidden(appointOfficer(db, candidate, appointment));
    await expectForbidden(appointOfficer(db, { ...admin, emailVerified: false }, appointment));
    expect((await userRow(candidate.id)).role).toBe('talent');
  });

  it('needs an account with a confirmed address that may take the role, and an active unit', async () => {
    await expectInvalid(
      appointOfficer(db, admin, { email: 'khong-ai@example.vn', unitId: lxUnitId }),
      'email',
    );
    const unconfirmed = await makeActor(db, 'talent', { emailVerified: false });
    await expectInvalid(appointOfficer(db, admin, { email: unconfirmed.email, unitId: lxUnitId }), 'email');
    await expectInvalid(appointOfficer(db, admin, { email: admin.email, unitId: lxUnitId }), 'email');
    const employer = await makeActor(db, 'employer');
    await expectInvalid(appointOfficer(db, admin, { email: employer.email, unitId: lxUnitId }), 'email');
    const owner = await makeActor(db, 'talent');
    await createOwnProfile(db, owner, {
      fullName: 'Võ Minh Tâm',
      birthYear: YEAR - 30,
      unitId: lxUnitId,
      fieldSlugs: [],
      placeKind: 'in_province',
      shortBio: '',
      currentYear: YEAR,
    });
    // An officer must never verify their own achievements.
    await expectInvalid(appointOfficer(db, admin, { email: owner.email, unitId: lxUnitId }), 'email', {
      key: 'workspace.appointRefused',
    });
    const candidate = await makeActor(db, 'talent');
    await expectInvalid(appointOfficer(db, admin, { email: candidate.email, unitId: 99_999 }), 'unitId', {
      key: 'workspace.appointUnitInactive',
    });
  });

  it('makes the account an officer of the unit', async () => {
    const candidate = await makeActor(db, 'talent');
    expect(
      await appointOfficer(db, admin, { email: `  ${candidate.email.toUpperCase()} `, unitId: cdUnitId }),
    ).toBe(candidate.id);
    expect(await userRow(candidate.id)).toMatchObject({ role: 'officer', unitId: cdUnitId });
    // Moving an officer to another unit is an appointment too.
    await appointOfficer(db, admin, { email: candidate.email, unitId: lxUnitId });
    expect(await userRow(candidate.id)).toMatchObject({ role: 'officer', unitId: lxUnitId });
  });
});
