import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@db/client';
import { talents } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { ForbiddenError } from '@/lib/server/errors';
import { listDraftProfiles } from '@/lib/server/officers/drafts';
import { verifyTalentProfile } from '@/lib/server/officers/verification';
import { createOwnProfile } from '@/lib/server/talents/self-service';
import { makeActor, seededActor } from '../support/actors';
import { copySeededDatabase, type TestDatabase } from '../support/database';
import { rejection } from '../support/errors';
import { DEMO_ADMIN_EMAIL, demoOfficerEmail } from '../../scripts/seed';

const YEAR = new Date().getFullYear();

let database: TestDatabase;
let db: Database;
let lxOfficer: Actor;
let cdOfficer: Actor;
let admin: Actor;

async function draftIdsOfUnit(unitId: number): Promise<number[]> {
  const rows = await db
    .select({ id: talents.id })
    .from(talents)
    .where(and(eq(talents.status, 'draft'), eq(talents.unitId, unitId)));
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  database = copySeededDatabase();
  db = database.db;
  lxOfficer = await seededActor(db, demoOfficerEmail('thanh-doan-long-xuyen'));
  cdOfficer = await seededActor(db, demoOfficerEmail('thanh-doan-chau-doc'));
  admin = await seededActor(db, DEMO_ADMIN_EMAIL);
});
afterAll(() => database.dispose());

describe('listing draft profiles', () => {
  it('shows an admin every draft of the province, newest first', async () => {
    const all = await db.select({ id: talents.id }).from(talents).where(eq(talents.status, 'draft'));
    expect(all.length).toBeGreaterThan(20);
    const listed = await listDraftProfiles(db, admin);
    expect(listed.map((d) => d.id).sort((a, b) => a - b)).toEqual(all.map((r) => r.id).sort((a, b) => a - b));
    const times = listed.map((d) => d.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const [first] = listed;
    const { slug, fullName, unitName, birthYear, discoveredYear, owned, eligible } = first!;
    expect(
      [slug, fullName, unitName, birthYear, discoveredYear, owned, eligible].map((v) => typeof v),
    ).toEqual(['string', 'string', 'string', 'number', 'number', 'boolean', 'boolean']);
    expect(first!.createdAt).toBeInstanceOf(Date);
    expect(await listDraftProfiles(db, admin, 5)).toHaveLength(5);
  });

  it("shows an officer only their own unit's drafts", async () => {
    const lxDrafts = await draftIdsOfUnit(lxOfficer.unitId!);
    const cdDrafts = await draftIdsOfUnit(cdOfficer.unitId!);
    expect(lxDrafts.length).toBeGreaterThan(0);
    expect(cdDrafts.length).toBeGreaterThan(0);
    const lx = await listDraftProfiles(db, lxOfficer);
    const lxIds = lx.map((d) => d.id);
    expect([...lxIds].sort((a, b) => a - b)).toEqual([...lxDrafts].sort((a, b) => a - b));
    for (const id of cdDrafts) expect(lxIds).not.toContain(id);
    expect(new Set(lx.map((d) => d.unitName)).size).toBe(1);
    // An officer without a unit manages nobody.
    expect(await listDraftProfiles(db, { ...lxOfficer, unitId: null })).toEqual([]);
  });

  it('lists a talent’s own new profile until an officer verifies it', async () => {
    const talent = await makeActor(db, 'talent');
    const { id } = await createOwnProfile(db, talent, {
      fullName: 'Trần Thị Nháp',
      birthYear: YEAR - 22,
      unitId: lxOfficer.unitId!,
      fieldSlugs: [],
      placeKind: 'in_province',
      shortBio: 'Sinh viên ngành kỹ thuật phần mềm',
      currentYear: YEAR,
    });
    const [newest] = await listDraftProfiles(db, lxOfficer);
    expect(newest).toMatchObject({
      id,
      fullName: 'Trần Thị Nháp',
      owned: true,
      eligible: true,
      discoveredYear: YEAR,
    });
    expect((await listDraftProfiles(db, cdOfficer)).map((d) => d.id)).not.toContain(id);

    await verifyTalentProfile(db, lxOfficer, id);
    expect((await listDraftProfiles(db, lxOfficer)).map((d) => d.id)).not.toContain(id);
  });

  it('refuses anyone but staff with a verified email', async () => {
    expect(await rejection(listDraftProfiles(db, await makeActor(db, 'talent')))).toBeInstanceOf(
      ForbiddenError,
    );
    expect(await rejection(listDraftProfiles(db, await makeActor(db, 'employer')))).toBeInstanceOf(
      ForbiddenError,
    );
    expect(await rejection(listDraftProfiles(db, { ...lxOfficer, emailVerified: false }))).toBeInstanceOf(
      ForbiddenError,
    );
  });
});
