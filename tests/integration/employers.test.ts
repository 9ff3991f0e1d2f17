import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@db/client';
import { employers, type Talent, talents } from '@db/schema';
import { DEMO_EXAMPLES, demoOfficerEmail } from '../../scripts/seed';
import type { Actor } from '@/lib/server/auth/actor';
import {
  type EmployerProfileInput,
  getEmployerProfile,
  isRegistrationNumber,
  saveEmployerProfile,
} from '@/lib/server/employers/profile';
import { verifyEmployer } from '@/lib/server/officers/verification';
import { queueIds } from '../support/queues';
import { getTalentProfile } from '@/lib/server/talents/profile';
import { LISTED_STATUSES } from '@/lib/visibility';
import { makeActor, seededActor } from '../support/actors';
import { copySeededDatabase, type TestDatabase } from '../support/database';
import { expectForbidden, expectInvalid } from '../support/errors';

let database: TestDatabase;
let db: Database;
let officer: Actor;

/** The actor as the session would load it: verified when the employer row says so. */
async function reloaded(actor: Actor): Promise<Actor> {
  const [row] = await db
    .select({ verifiedAt: employers.verifiedAt })
    .from(employers)
    .where(eq(employers.userId, actor.id));
  return { ...actor, employerVerified: !!row?.verifiedAt };
}

const company: EmployerProfileInput = {
  organisationName: 'Công ty TNHH Phù Sa An Giang',
  registrationNumber: '1601234567',
  website: 'https://phusa.example.vn',
  contactPerson: 'Trần Thị Lan',
};

async function rowOf(actor: Actor) {
  const [row] = await db.select().from(employers).where(eq(employers.userId, actor.id));
  return row;
}

beforeAll(async () => {
  database = copySeededDatabase();
  db = database.db;
  officer = await seededActor(db, demoOfficerEmail('thanh-doan-long-xuyen'));
});
afterAll(() => database.dispose());

describe('roles', () => {
  it('lets only employers read and save an employer profile', async () => {
    const talent = await makeActor(db, 'talent');
    await expectForbidden(getEmployerProfile(db, talent));
    await expectForbidden(getEmployerProfile(db, officer));
    await expectForbidden(getEmployerProfile(db, null));
    await expectForbidden(saveEmployerProfile(db, talent, company));
    await expectForbidden(saveEmployerProfile(db, officer, company));
    expect(
      await db
        .select()
        .from(employers)
        .where(inArray(employers.userId, [talent.id, officer.id])),
    ).toEqual([]);
  });

  it('needs a confirmed email to save, not to read', async () => {
    const unconfirmed = await makeActor(db, 'employer', { emailVerified: false });
    expect(await getEmployerProfile(db, unconfirmed)).toBeNull();
    await expectForbidden(saveEmployerProfile(db, unconfirmed, company));
    expect(await rowOf(unconfirmed)).toBeUndefined();
  });
});

describe('validation', () => {
  it('accepts tax codes, branch tax codes and business registration numbers', () => {
    for (const valid of ['0301234567', '0301234567-001', '41N8012345', '123/GP-UBND', 'ABC123']) {
      expect(isRegistrationNumber(valid), valid).toBe(true);
    }
    for (const invalid of [
      '12345',
      '0301234567-01',
      'ABCDEFGH',
      '0301 234 567!',
      '1'.repeat(21),
      '03012345_67',
    ]) {
      expect(isRegistrationNumber(invalid), invalid).toBe(false);
    }
  });

  it('refuses a bad registration number or website, saving nothing', async () => {
    const employer = await makeActor(db, 'employer');
    await expectInvalid(
      saveEmployerProfile(db, employer, { ...company, registrationNumber: '12345' }),
      'registrationNumber',
      { key: 'employer.registrationInvalid' },
    );
    await expectInvalid(
      saveEmployerProfile(db, employer, { ...company, registrationNumber: 'số 0301234567' }),
      'registrationNumber',
      { key: 'employer.registrationInvalid' },
    );
    for (const website of [
      'javascript:alert(1)',
      'ftp://phusa.example.vn',
      'phusa.example.vn',
      'data:text/html,hi',
    ]) {
      await expectInvalid(saveEmployerProfile(db, employer, { ...company, website }), 'website', {
        key: 'employer.websiteInvalid',
      });
    }
    await expectInvalid(
      saveEmployerProfile(db, employer, { ...company, organisationName: '   ' }),
      'organisationName',
      { key: 'form.required' },
    );
    await expectInvalid(
      saveEmployerProfile(db, employer, { ...company, contactPerson: '' }),
      'contactPerson',
      { key: 'form.required' },
    );
    expect(await rowOf(employer)).toBeUndefined();
    expect(await getEmployerProfile(db, employer)).toBeNull();
  });
});

describe('saving', () => {
  it('creates the row, then updates it in place', async () => {
    const employer = await makeActor(db, 'employer');
    const first = await saveEmployerProfile(db, employer, {
      ...company,
      organisationName: '  Công ty TNHH Phù Sa An Giang ',
      registrationNumber: ' 1601234567-002 ',
      website: '',
    });
    expect(first.verificationCleared).toBe(false);
    expect(first.profile).toEqual({
      organisationName: 'Công ty TNHH Phù Sa An Giang',
      registrationNumber: '1601234567-002',
      website: null,
      contactPerson: 'Trần Thị Lan',
      verifiedAt: null,
    });
    expect(await getEmployerProfile(db, employer)).toEqual(first.profile);

    const second = await saveEmployerProfile(db, employer, {
      ...company,
      registrationNumber: '41n8012345',
      website: 'https://phusa.example.vn',
    });
    expect(second.profile).toMatchObject({
      registrationNumber: '41N8012345',
      website: 'https://phusa.example.vn/',
    });
    expect(await db.select().from(employers).where(eq(employers.userId, employer.id))).toHaveLength(1);
    expect(await getEmployerProfile(db, employer)).toEqual(second.profile);
  });

  it('keeps the verification when only the website or contact person changes', async () => {
    const employer = await makeActor(db, 'employer');
    await saveEmployerProfile(db, employer, company);
    await verifyEmployer(db, officer, employer.id);
    const verifiedAt = (await rowOf(employer))!.verifiedAt;
    expect(verifiedAt).toBeInstanceOf(Date);

    const saved = await saveEmployerProfile(db, employer, {
      ...company,
      website: null,
      contactPerson: 'Lê Văn Nam',
    });
    expect(saved.verificationCleared).toBe(false);
    expect(saved.profile.verifiedAt).toEqual(verifiedAt);
    expect(await rowOf(employer)).toMatchObject({
      verifiedAt,
      verifiedById: officer.id,
      website: null,
      contactPerson: 'Lê Văn Nam',
    });
    // The same number typed differently is the same number.
    expect(
      (await saveEmployerProfile(db, employer, { ...company, registrationNumber: ' 1601234567 ' }))
        .verificationCleared,
    ).toBe(false);
    expect((await rowOf(employer))!.verifiedAt).toEqual(verifiedAt);
  });

  it('withdraws the verification when the organisation name or registration number changes', async () => {
    for (const change of [
      { organisationName: 'Công ty Cổ phần Phù Sa' },
      { registrationNumber: '1601234568' },
    ]) {
      const employer = await makeActor(db, 'employer');
      await saveEmployerProfile(db, employer, company);
      await verifyEmployer(db, officer, employer.id);
      const saved = await saveEmployerProfile(db, employer, { ...company, ...change });
      expect(saved.verificationCleared).toBe(true);
      expect(saved.profile.verifiedAt).toBeNull();
      expect(await rowOf(employer)).toMatchObject({ ...change, verifiedAt: null, verifiedById: null });
      expect(await queueIds(db, officer, 'employers')).toContain(employer.id);
      // The officer can verify the organisation again.
      await verifyEmployer(db, officer, employer.id);
      expect((await rowOf(employer))!.verifiedAt).toBeInstanceOf(Date);
    }
  });

  it('does not report a withdrawal for an employer never verified', async () => {
    const employer = await makeActor(db, 'employer');
    await saveEmployerProfile(db, employer, company);
    const saved = await saveEmployerProfile(db, employer, {
      ...company,
      organisationName: 'Hợp tác xã Phù Sa',
    });
    expect(saved.verificationCleared).toBe(false);
    expect((await rowOf(employer))!.verifiedAt).toBeNull();
  });
});

describe('what a verified employer sees', () => {
  let talent: Talent;
  const links = [{ label: 'Portfolio', url: 'https://portfolio.example.vn/' }];

  beforeAll(async () => {
    const [row] = await db
      .select()
      .from(talents)
      .where(and(eq(talents.fullName, DEMO_EXAMPLES[0]!.fullName), inArray(talents.status, LISTED_STATUSES)));
    expect(row).toBeDefined();
    talent = row!;
    const visibility = { ...talent.visibility, profile: 'public' as const, links: 'employers' as const };
    await db
      .update(talents)
      .set({ visibility, links: talent.links.length ? talent.links : links })
      .where(eq(talents.id, talent.id));
    talent = (await db.select().from(talents).where(eq(talents.id, talent.id)))[0]!;
    expect(talent.links.length).toBeGreaterThan(0);
  });

  it('shows parts shared with employers to verified employers only', async () => {
    const employer = await makeActor(db, 'employer');
    await saveEmployerProfile(db, employer, company);

    const unverified = await getTalentProfile(db, talent.slug, await reloaded(employer));
    expect(unverified).not.toBeNull();
    expect(unverified!.links).toBeUndefined();
    expect((await getTalentProfile(db, talent.slug, null))!.links).toBeUndefined();
    expect((await getTalentProfile(db, talent.slug, await makeActor(db, 'talent')))!.links).toBeUndefined();

    await verifyEmployer(db, officer, employer.id);
    const verifiedActor = await reloaded(employer);
    expect(verifiedActor.employerVerified).toBe(true);
    const verified = await getTalentProfile(db, talent.slug, verifiedActor);
    expect(verified!.links).toEqual(talent.links);
    expect(verified!.fullName).toBe(unverified!.fullName);

    // A new name withdraws the verification, and with it the view.
    await saveEmployerProfile(db, employer, { ...company, organisationName: 'Công ty Mới' });
    expect((await getTalentProfile(db, talent.slug, await reloaded(employer)))!.links).toBeUndefined();
  });

  it('does not treat an employer flagged verified without the role as one', async () => {
    const member = { ...(await makeActor(db, 'talent')), employerVerified: true };
    expect((await getTalentProfile(db, talent.slug, member))!.links).toBeUndefined();
  });
});
