import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@db/client';
import { consents, searchDocuments, talentClaims, type Talent, talents, units } from '@db/schema';
import type { TalentDocument } from '@/lib/search/types';
import type { Actor } from '@/lib/server/auth/actor';
import { NotFoundError } from '@/lib/server/errors';
import {
  addOwnAchievement,
  claimProfile,
  claimProfileAt,
  createOwnProfile,
  getOwnTalent,
  type NewOwnProfile,
  updateOwnProfile,
  updateVisibility,
} from '@/lib/server/talents/self-service';
import { defaultVisibility, isMinor } from '@/lib/visibility';
import { madeUserCount, makeActor } from '../support/actors';
import { copySeededDatabase, type TestDatabase } from '../support/database';
import { expectForbidden, expectInvalid, rejection } from '../support/errors';
import { EXACT_NAME_EXAMPLE, exampleSlug } from '../../scripts/seed';

const YEAR = new Date().getFullYear();

let database: TestDatabase;
let db: Database;
let unitId: number;
let otherUnitId: number;

function profileInput(overrides: Partial<NewOwnProfile> = {}): NewOwnProfile {
  return {
    fullName: 'Phạm Thị Thu Hà',
    birthYear: YEAR - 22,
    unitId,
    fieldSlugs: ['tin-hoc-lap-trinh'],
    placeKind: 'in_province',
    shortBio: 'Sinh viên yêu lập trình.',
    currentYear: YEAR,
    ...overrides,
  };
}

async function talentById(id: number): Promise<Talent> {
  const [row] = await db.select().from(talents).where(eq(talents.id, id));
  return row!;
}

/** The directory's copy of a talent, or null when it is not listed. */
async function documentOf(talentId: number): Promise<TalentDocument | null> {
  const [row] = await db.select().from(searchDocuments).where(eq(searchDocuments.talentId, talentId));
  return row?.listed && row.document ? (JSON.parse(row.document) as TalentDocument) : null;
}

/** Unowned, listed, adult seeded talents that show everything a default adult profile shows. */
async function listedAdults(): Promise<Talent[]> {
  const rows = await db
    .select()
    .from(talents)
    .where(inArray(talents.status, ['verified', 'honoured']));
  return rows.filter(
    (t) =>
      t.userId === null &&
      !isMinor(t.birthYear, YEAR) &&
      t.visibility.profile === 'public' &&
      t.visibility.achievements === 'public' &&
      t.visibility.bio === 'public',
  );
}

/** Gives `actor` a seeded listed profile, as an approved claim would. */
async function ownSeededTalent(actor: Actor, talent: Talent): Promise<Talent> {
  await db.update(talents).set({ userId: actor.id }).where(eq(talents.id, talent.id));
  return talentById(talent.id);
}

beforeAll(async () => {
  database = copySeededDatabase();
  db = database.db;
  const [lx] = await db.select().from(units).where(eq(units.slug, 'doan-phuong-long-xuyen'));
  const [cd] = await db.select().from(units).where(eq(units.slug, 'doan-phuong-chau-doc'));
  unitId = lx!.id;
  otherUnitId = cd!.id;
});
afterAll(() => database.dispose());

describe('creating one’s own profile', () => {
  it('is for verified talents only', async () => {
    await expectForbidden(createOwnProfile(db, await makeActor(db, 'employer'), profileInput()));
    await expectForbidden(createOwnProfile(db, await makeActor(db, 'officer', { unitId }), profileInput()));
    await expectForbidden(createOwnProfile(db, await makeActor(db, 'admin'), profileInput()));
    await expectForbidden(
      createOwnProfile(db, await makeActor(db, 'talent', { emailVerified: false }), profileInput()),
    );
  });

  it('applies the 16–35 rule in the year of discovery', async () => {
    const actor = await makeActor(db, 'talent');
    await expectInvalid(createOwnProfile(db, actor, profileInput({ birthYear: YEAR - 15 })), 'birthYear');
    await expectInvalid(createOwnProfile(db, actor, profileInput({ birthYear: YEAR - 36 })), 'birthYear');
    expect(await getOwnTalent(db, actor)).toBeNull();
    await createOwnProfile(db, actor, profileInput({ birthYear: YEAR - 35 }));
    await createOwnProfile(db, await makeActor(db, 'talent'), profileInput({ birthYear: YEAR - 16 }));
  });

  it('checks the unit, the fields and the place', async () => {
    const actor = await makeActor(db, 'talent');
    await expectInvalid(createOwnProfile(db, actor, profileInput({ unitId: 99_999 })), 'unitId');
    const [inactive] = await db
      .insert(units)
      .values({ slug: 'don-vi-cu', name: 'Đơn vị cũ', kind: 'district', active: false })
      .returning({ id: units.id });
    await expectInvalid(createOwnProfile(db, actor, profileInput({ unitId: inactive!.id })), 'unitId');
    await expectInvalid(createOwnProfile(db, actor, profileInput({ fieldSlugs: ['khong-co'] })), 'fields');
    await expectInvalid(
      createOwnProfile(db, actor, profileInput({ placeKind: 'abroad', placeName: 'Tokyo' })),
      'placeCountry',
    );
    expect(await getOwnTalent(db, actor)).toBeNull();
  });

  it('starts as an unlisted draft with the defaults for the age, once per person', async () => {
    const actor = await makeActor(db, 'talent');
    const { id, slug } = await createOwnProfile(
      db,
      actor,
      profileInput({ placeKind: 'abroad', placeName: 'Tokyo', placeCountry: 'jp' }),
    );
    const talent = await talentById(id);
    expect(talent).toMatchObject({
      slug,
      status: 'draft',
      userId: actor.id,
      contactEmail: actor.email,
      discoveredYear: YEAR,
      placeCountry: 'JP',
      visibility: defaultVisibility(YEAR - 22, YEAR),
    });
    expect(await documentOf(id)).toBeNull();
    const own = await getOwnTalent(db, actor);
    expect(own?.fieldSlugs).toEqual(['tin-hoc-lap-trinh']);
    expect(own?.achievements).toEqual([]);
    await expectInvalid(createOwnProfile(db, actor, profileInput({ fullName: 'Tên Khác' })));

    const minor = await makeActor(db, 'talent');
    const created = await createOwnProfile(db, minor, profileInput({ birthYear: YEAR - 16 }));
    const minorVisibility = (await talentById(created.id)).visibility;
    expect(minorVisibility.profile).toBe('public');
    expect(
      Object.entries(minorVisibility)
        .filter(([part]) => part !== 'profile')
        .every(([, a]) => a === 'private'),
    ).toBe(true);
  });

  it('gives each profile its own slug', async () => {
    const first = await createOwnProfile(
      db,
      await makeActor(db, 'talent'),
      profileInput({ fullName: EXACT_NAME_EXAMPLE.fullName }),
    );
    const second = await createOwnProfile(
      db,
      await makeActor(db, 'talent'),
      profileInput({ fullName: `${EXACT_NAME_EXAMPLE.fullName.split(' ').join('  ')} ` }),
    );
    const numbered = new RegExp(`^${exampleSlug(EXACT_NAME_EXAMPLE)}-\\d+$`);
    expect(first.slug).toMatch(numbered);
    expect(second.slug).toMatch(numbered);
    expect(second.slug).not.toBe(first.slug);
    expect((await talentById(second.id)).fullName).toBe(EXACT_NAME_EXAMPLE.fullName);
  });
});

describe('reading one’s own profile', () => {
  it('is for talents only, and shows nothing to someone without a profile', async () => {
    await expectForbidden(getOwnTalent(db, await makeActor(db, 'employer')));
    await expectForbidden(getOwnTalent(db, await makeActor(db, 'talent', { emailVerified: false })));
    expect(await getOwnTalent(db, await makeActor(db, 'talent'))).toBeNull();
  });
});

describe('claiming a recorded profile', () => {
  it('records one pending claim per person and profile', async () => {
    const [target] = await listedAdults();
    const actor = await makeActor(db, 'talent');
    await expectForbidden(claimProfile(db, await makeActor(db, 'employer'), target!.id, ''));
    await expectForbidden(
      claimProfile(db, await makeActor(db, 'talent', { emailVerified: false }), target!.id, ''),
    );
    const claimId = await claimProfile(db, actor, target!.id, '  Đây là tôi.  ');
    const [claim] = await db.select().from(talentClaims).where(eq(talentClaims.id, claimId));
    expect(claim).toMatchObject({
      talentId: target!.id,
      userId: actor.id,
      status: 'pending',
      message: 'Đây là tôi.',
    });
    await expectInvalid(claimProfile(db, actor, target!.id, 'again'), 'talentSlug');
    // Another person may claim it too; an officer decides between them.
    await claimProfile(db, await makeActor(db, 'talent'), target!.id, '');
  });

  it('finds the profile at the address people paste, and answers an unknown one on the form field', async () => {
    const [, , , target] = await listedAdults();
    const actor = await makeActor(db, 'talent');
    const address = `https://tainangtre.example.vn/tai-nang/${target!.slug}?tu=zalo#thanh-tich`;
    const claimId = await claimProfileAt(db, actor, address, '');
    const [claim] = await db.select().from(talentClaims).where(eq(talentClaims.id, claimId));
    expect(claim?.talentId).toBe(target!.id);

    for (const unknown of ['https://tainangtre.example.vn/tai-nang/khong-co-ai-ten-nay', '', '///']) {
      const error = await rejection(claimProfileAt(db, await makeActor(db, 'talent'), unknown, ''));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ key: 'profile.claimUnknown', field: 'talentSlug' });
    }
    await expectForbidden(claimProfileAt(db, await makeActor(db, 'employer'), target!.slug, ''));
  });

  it('refuses owned profiles, drafts, unknown ids and people who own a profile', async () => {
    const [, owned] = await listedAdults();
    await ownSeededTalent(await makeActor(db, 'talent'), owned!);
    await expectInvalid(claimProfile(db, await makeActor(db, 'talent'), owned!.id, ''), 'talentSlug');

    const [draft] = await db.select().from(talents).where(eq(talents.status, 'draft')).limit(1);
    for (const talentId of [draft!.id, 9_999_999]) {
      const error = await rejection(claimProfile(db, await makeActor(db, 'talent'), talentId, ''));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ key: 'profile.claimUnknown', field: 'talentSlug' });
    }

    const owner = await makeActor(db, 'talent');
    await createOwnProfile(db, owner, profileInput());
    const [, , free] = await listedAdults();
    await expectInvalid(claimProfile(db, owner, free!.id, ''));
  });
});

describe('claiming by the address of a profile', () => {
  it('gives a draft and a slug that does not exist one and the same answer', async () => {
    const [draft] = await db.select().from(talents).where(eq(talents.status, 'draft')).limit(1);
    const claimant = await makeActor(db, 'talent');
    const forDraft = await rejection(claimProfileAt(db, claimant, `/tai-nang/${draft!.slug}`, ''));
    const forNothing = await rejection(claimProfileAt(db, claimant, '/tai-nang/khong-co-ai-ten-nay', ''));
    expect(forDraft).toBeInstanceOf(NotFoundError);
    expect(forNothing).toBeInstanceOf(NotFoundError);
    const answer = (error: unknown) => ({
      name: (error as NotFoundError).name,
      key: (error as NotFoundError).key,
      field: (error as NotFoundError).field,
    });
    expect(answer(forDraft)).toEqual(answer(forNothing));
    expect(await db.select().from(talentClaims).where(eq(talentClaims.userId, claimant.id))).toEqual([]);
  });

  it('finds a listed profile from its pasted address', async () => {
    const target = (await listedAdults()).at(-1);
    const claimant = await makeActor(db, 'talent');
    const claimId = await claimProfileAt(db, claimant, `https://example.vn/tai-nang/${target!.slug}?x=1`, '');
    const [claim] = await db.select().from(talentClaims).where(eq(talentClaims.id, claimId));
    expect(claim).toMatchObject({ talentId: target!.id, userId: claimant.id });
  });
});

describe('editing one’s own profile', () => {
  it('only the owner can, and only their own row changes', async () => {
    await expectForbidden(updateOwnProfile(db, await makeActor(db, 'talent'), { shortBio: 'x' }));
    await expectForbidden(
      updateOwnProfile(db, await makeActor(db, 'officer', { unitId }), { shortBio: 'x' }),
    );
    const owner = await makeActor(db, 'talent');
    const { id } = await createOwnProfile(db, owner, profileInput());
    await expectForbidden(updateOwnProfile(db, { ...owner, emailVerified: false }, { shortBio: 'x' }));
    const before = await db.select({ id: talents.id, shortBio: talents.shortBio }).from(talents);
    await updateOwnProfile(
      db,
      owner,
      { shortBio: '  Bio mới  ', longBio: 'Dài hơn', fieldSlugs: ['the-thao', 'tin-hoc-lap-trinh'] },
      YEAR,
    );
    const after = await db.select({ id: talents.id, shortBio: talents.shortBio }).from(talents);
    const changed = after.filter((row) => before.find((b) => b.id === row.id)?.shortBio !== row.shortBio);
    expect(changed).toEqual([{ id, shortBio: 'Bio mới' }]);
    expect((await getOwnTalent(db, owner))?.fieldSlugs.sort()).toEqual(['the-thao', 'tin-hoc-lap-trinh']);
  });

  it('checks links and place', async () => {
    const owner = await makeActor(db, 'talent');
    const { id } = await createOwnProfile(db, owner, profileInput());
    const link = (n: number) => ({ label: `Trang ${n}`, url: `https://example.vn/${n}` });
    await expectInvalid(updateOwnProfile(db, owner, { links: [1, 2, 3, 4, 5, 6].map(link) }), 'links');
    await expectInvalid(
      updateOwnProfile(db, owner, { links: [{ label: 'x', url: 'javascript:alert(1)' }] }),
      'links',
    );
    await expectInvalid(updateOwnProfile(db, owner, { placeKind: 'abroad' }), 'placeCountry');
    await expectInvalid(updateOwnProfile(db, owner, { fieldSlugs: ['khong-co'] }), 'fields');
    await updateOwnProfile(db, owner, {
      links: [1, 2, 3, 4, 5].map(link),
      placeKind: 'elsewhere_vn',
      placeName: 'TP. Hồ Chí Minh',
    });
    const talent = await talentById(id);
    expect(talent.links).toHaveLength(5);
    expect(talent).toMatchObject({
      placeKind: 'elsewhere_vn',
      placeName: 'TP. Hồ Chí Minh',
      placeCountry: null,
    });
  });

  it('never opens a minor to opportunities', async () => {
    const minor = await makeActor(db, 'talent');
    const { id } = await createOwnProfile(db, minor, profileInput({ birthYear: YEAR - 16 }));
    await expectInvalid(
      updateOwnProfile(db, minor, { openToOpportunities: true }, YEAR),
      'openToOpportunities',
    );
    await updateOwnProfile(db, minor, { openToOpportunities: false }, YEAR);
    // The same person as an adult, two years on.
    await updateOwnProfile(db, minor, { openToOpportunities: true }, YEAR + 2);
    expect((await talentById(id)).openToOpportunities).toBe(true);
  });

  it('tells the form whether the owner is a minor this year, so it never offers what is refused', async () => {
    const owner = await makeActor(db, 'talent');
    await createOwnProfile(db, owner, profileInput({ birthYear: YEAR - 17 }));
    expect((await getOwnTalent(db, owner, YEAR))?.minor).toBe(true);
    expect((await getOwnTalent(db, owner, YEAR + 1))?.minor).toBe(false);
  });

  it('records the gender the owner gives, and forgets it when they prefer not to say', async () => {
    const owner = await makeActor(db, 'talent');
    const { id } = await createOwnProfile(db, owner, profileInput());
    expect((await talentById(id)).gender).toBeNull();
    await updateOwnProfile(db, owner, { gender: 'female' }, YEAR);
    expect((await talentById(id)).gender).toBe('female');
    await updateOwnProfile(db, owner, { shortBio: 'Không đổi giới tính' }, YEAR);
    expect((await talentById(id)).gender).toBe('female');
    await updateOwnProfile(db, owner, { gender: null }, YEAR);
    expect((await talentById(id)).gender).toBeNull();
  });

  it('reaches the directory in the same change', async () => {
    const owner = await makeActor(db, 'talent');
    const [, , , , seeded] = await listedAdults();
    const talent = await ownSeededTalent(owner, seeded!);
    expect((await documentOf(talent.id))?.shortBio).toBe(talent.shortBio);
    await updateOwnProfile(
      db,
      owner,
      { shortBio: 'Nhà nghiên cứu lúa gạo', openToOpportunities: true },
      YEAR,
    );
    expect(await documentOf(talent.id)).toMatchObject({ shortBio: 'Nhà nghiên cứu lúa gạo', open: true });
  });
});

describe('choosing who sees what', () => {
  async function ownerWithSeededProfile() {
    const owner = await makeActor(db, 'talent');
    const candidates = await listedAdults();
    const talent = await ownSeededTalent(owner, candidates[10 + (madeUserCount() % 10)]!);
    return { owner, talent };
  }
  const consentsOf = (userId: number) =>
    db
      .select()
      .from(consents)
      .where(and(eq(consents.userId, userId), eq(consents.kind, 'visibility')));

  it('only the owner can', async () => {
    const visibility = defaultVisibility(2000, YEAR);
    await expectForbidden(updateVisibility(db, await makeActor(db, 'talent'), visibility, 'v1'));
    await expectForbidden(updateVisibility(db, await makeActor(db, 'employer'), visibility, 'v1'));
    const { owner } = await ownerWithSeededProfile();
    await expectForbidden(updateVisibility(db, { ...owner, emailVerified: false }, visibility, 'v1'));
  });

  it('records consent when a part widens, and not when parts narrow', async () => {
    const { owner, talent } = await ownerWithSeededProfile();
    const narrower = {
      ...talent.visibility,
      achievements: 'private',
      bio: 'members',
      gender: 'private',
    } as const;
    expect(await updateVisibility(db, owner, narrower, '')).toEqual({});
    expect(await consentsOf(owner.id)).toEqual([]);
    expect((await talentById(talent.id)).visibility).toEqual(narrower);
    expect((await documentOf(talent.id))?.awards).toEqual([]);

    await expectInvalid(updateVisibility(db, owner, { ...narrower, achievements: 'public' }, ' '), 'consent');
    expect((await talentById(talent.id)).visibility).toEqual(narrower);

    const widened = await updateVisibility(
      db,
      owner,
      { ...narrower, achievements: 'public', gender: 'members' },
      '2026-11',
    );
    expect(widened).toEqual({
      achievements: { from: 'private', to: 'public' },
      gender: { from: 'private', to: 'members' },
    });
    const rows = await consentsOf(owner.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ textVersion: '2026-11', details: { widened } });
    expect((await documentOf(talent.id))?.awards.length).toBeGreaterThan(0);
  });

  it('never stores a public contact email', async () => {
    const { owner, talent } = await ownerWithSeededProfile();
    const hidden = { ...talent.visibility, contactEmail: 'private' } as const;
    await updateVisibility(db, owner, hidden, '');
    const widened = await updateVisibility(db, owner, { ...hidden, contactEmail: 'public' }, 'v2');
    expect(widened).toEqual({ contactEmail: { from: 'private', to: 'members' } });
    expect((await talentById(talent.id)).visibility.contactEmail).toBe('members');
    // Asking again for public changes nothing and needs no new consent.
    expect(await updateVisibility(db, owner, { ...hidden, contactEmail: 'public' }, 'v2')).toEqual({});
    expect(await consentsOf(owner.id)).toHaveLength(1);
  });

  it('takes a profile out of the directory when it is no longer public', async () => {
    const { owner, talent } = await ownerWithSeededProfile();
    expect(await documentOf(talent.id)).not.toBeNull();
    await updateVisibility(db, owner, { ...talent.visibility, profile: 'members' }, '');
    expect(await documentOf(talent.id)).toBeNull();
  });
});

describe('adding one’s own achievements', () => {
  const achievement = {
    title: 'Giải Nhất Hội thi Tin học trẻ',
    awardName: 'Hội thi Tin học trẻ',
    level: 'provincial',
    rank: 'Giải Nhất',
    issuingBody: 'Tỉnh Đoàn An Giang',
  } as const;

  it('only the owner can', async () => {
    await expectForbidden(
      addOwnAchievement(db, await makeActor(db, 'talent'), { ...achievement, year: YEAR }, YEAR),
    );
    await expectForbidden(
      addOwnAchievement(
        db,
        await makeActor(db, 'officer', { unitId: otherUnitId }),
        { ...achievement, year: YEAR },
        YEAR,
      ),
    );
  });

  it('checks the year and the evidence link, and stays unverified', async () => {
    const owner = await makeActor(db, 'talent');
    const [, , , , , , , seeded] = await listedAdults();
    const talent = await ownSeededTalent(owner, seeded!);
    const levelBefore = (await documentOf(talent.id))?.highestLevel;
    await expectInvalid(
      addOwnAchievement(db, owner, { ...achievement, year: talent.birthYear + 5 }, YEAR),
      'year',
    );
    await expectInvalid(addOwnAchievement(db, owner, { ...achievement, year: YEAR + 1 }, YEAR), 'year');
    await expectInvalid(
      addOwnAchievement(db, owner, { ...achievement, year: YEAR, evidenceUrl: 'ftp://x' }, YEAR),
      'evidenceUrl',
    );
    const id = await addOwnAchievement(
      db,
      owner,
      { ...achievement, level: 'international', year: YEAR, evidenceUrl: 'https://tinhdoan.vn/giai' },
      YEAR,
    );
    const own = await getOwnTalent(db, owner);
    expect(own?.achievements.find((a) => a.id === id)).toMatchObject({
      verifiedAt: null,
      verifiedById: null,
      level: 'international',
    });
    const doc = await documentOf(talent.id);
    expect(doc?.awards).toContain(achievement.title);
    // An unverified claim never ranks a talent.
    expect(doc?.highestLevel).toBe(levelBefore);
  });
});
