import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@db/client';
import { clubs, networkCounts, searchDocuments, talents, unitEvents, units, users } from '@db/schema';
import type { TalentDocument } from '@/lib/search/types';
import type { Actor } from '@/lib/server/auth/actor';
import { syncTalentSearch } from '@/lib/server/search/sync';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { makeActor } from '../support/actors';
import { expectForbidden, expectInvalid } from '../support/errors';
import { createUnit, mergeUnits, moveUnit, renameUnit, splitUnit } from '@/lib/server/units/restructure';
import { listTalentUnitHistory, moveTalent } from '@/lib/server/units/talent-moves';
import { countTalentsByCurrentUnit } from '@/lib/server/units/tree';
import { getTalentProfile } from '@/lib/server/talents/profile';
import { defaultVisibility } from '@/lib/visibility';
import { ROOT_UNIT_SLUG, seedReferenceData } from '../../scripts/seed';

const YEAR = new Date().getFullYear();
/** The day the restructurings below take effect. */
const AT = new Date('2026-09-01T03:00:00Z');

let t: TestDatabase;
let db: Database;
let provinceOfficer: Actor;
let admin: Actor;
let made = 0;

async function unitBySlug(slug: string) {
  const [row] = await db.select().from(units).where(eq(units.slug, slug));
  return row!;
}

/** A new ward for one test, so tests do not share units. */
async function makeWard(name: string): Promise<number> {
  return createUnit(db, admin, { name, kind: 'ward', parentId: (await unitBySlug(ROOT_UNIT_SLUG)).id }, AT);
}

/** A listed talent in `unitId`, synced into the directory and counts as the app does. */
async function makeTalent(unitId: number): Promise<{ id: number; slug: string }> {
  made += 1;
  const birthYear = YEAR - 25;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(talents)
      .values({
        slug: `tai-nang-don-vi-${made}`,
        fullName: `Tài năng Đơn vị ${made}`,
        birthYear,
        discoveredYear: YEAR - 1,
        unitId,
        status: 'verified',
        visibility: defaultVisibility(birthYear, YEAR),
      })
      .returning({ id: talents.id, slug: talents.slug });
    await syncTalentSearch(tx, [row!.id], { outbox: false });
    return row!;
  });
}

async function unitCount(unitId: number): Promise<number> {
  const [row] = await db
    .select({ count: networkCounts.count })
    .from(networkCounts)
    .where(and(eq(networkCounts.name, 'unit'), eq(networkCounts.value, String(unitId))));
  return row?.count ?? 0;
}

async function documentOf(talentId: number): Promise<TalentDocument> {
  const [row] = await db.select().from(searchDocuments).where(eq(searchDocuments.talentId, talentId));
  return JSON.parse(row!.document!) as TalentDocument;
}

async function unitOf(talentId: number): Promise<number> {
  const [row] = await db.select({ unitId: talents.unitId }).from(talents).where(eq(talents.id, talentId));
  return row!.unitId;
}

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  await seedReferenceData(db);
  admin = await makeActor(db, 'admin');
  provinceOfficer = await makeActor(db, 'officer', { unitId: (await unitBySlug(ROOT_UNIT_SLUG)).id });
});
afterAll(() => t.dispose());

describe('the tree since 1 July 2025', () => {
  it('counts a talent still recorded in a district union under the unit that succeeded it', async () => {
    const district = await unitBySlug('huyen-doan-cho-moi');
    const commune = await unitBySlug('doan-xa-cho-moi');
    expect(district).toMatchObject({ active: false, validTo: '2025-06-30', successorId: commune.id });
    const talent = await makeTalent(district.id);

    expect(await unitOf(talent.id)).toBe(district.id); // the record itself stays valid
    expect((await countTalentsByCurrentUnit(db)).get(commune.id)).toBe(1);
    expect((await countTalentsByCurrentUnit(db)).get(district.id)).toBeUndefined();
    expect(await unitCount(commune.id)).toBe(1);
    expect(await unitCount(district.id)).toBe(0);
    expect(await documentOf(talent.id)).toMatchObject({ unitSlug: commune.slug, unitName: commune.name });
    expect((await getTalentProfile(db, talent.slug, null))?.unitName).toBe('Đoàn xã Chợ Mới');
  });
});

describe('restructuring', () => {
  it('merges a unit: talents, officers and clubs move, the old unit stays as history, counts follow', async () => {
    const source = await makeWard('Đoàn phường Thử Sáp Nhập');
    const target = await makeWard('Đoàn phường Thử Tiếp Nhận');
    const [a, b] = [await makeTalent(source), await makeTalent(source)];
    const stay = await makeTalent(target);
    const officer = await makeActor(db, 'officer', { unitId: source });
    await db
      .insert(clubs)
      .values({ slug: 'clb-thu-sap-nhap', name: 'CLB thử', unitId: source, createdBy: officer.id });
    expect(await unitCount(source)).toBe(2);

    expect(await mergeUnits(db, provinceOfficer, { sourceId: source, targetId: target }, AT)).toEqual({
      talentsMoved: 2,
    });

    for (const id of [a.id, b.id, stay.id]) expect(await unitOf(id)).toBe(target);
    const [officerRow] = await db.select().from(users).where(eq(users.id, officer.id));
    expect(officerRow!.unitId).toBe(target);
    const [club] = await db.select().from(clubs).where(eq(clubs.slug, 'clb-thu-sap-nhap'));
    expect(club!.unitId).toBe(target);
    const [old] = await db.select().from(units).where(eq(units.id, source));
    expect(old).toMatchObject({ active: false, successorId: target, validTo: '2026-08-31' });
    const [kept] = await db.select().from(units).where(eq(units.id, target));
    expect(kept!.formerNames).toContain('Đoàn phường Thử Sáp Nhập');
    expect(await unitCount(source)).toBe(0);
    expect(await unitCount(target)).toBe(3);
    expect((await countTalentsByCurrentUnit(db)).get(target)).toBe(3);
    expect((await documentOf(a.id)).unitName).toBe('Đoàn phường Thử Tiếp Nhận');

    const [event] = await db
      .select()
      .from(unitEvents)
      .where(and(eq(unitEvents.unitId, source), eq(unitEvents.kind, 'merge')));
    expect(event).toMatchObject({ kind: 'merge', otherUnitId: target, actorId: provinceOfficer.id });
    expect(event!.detail.talentIds).toEqual([a.id, b.id]);
    expect((await listTalentUnitHistory(db, a.id)).map((e) => e.kind)).toEqual(['merge']);

    // History is not a place to put anyone or anything again.
    await expectInvalid(mergeUnits(db, admin, { sourceId: target, targetId: source }, AT), 'targetId', {
      key: 'units.error.history',
    });
    await expectInvalid(
      moveTalent(db, admin, { talentSlug: a.slug, unitId: source, reason: 'thử' }, AT),
      'unitId',
    );
  });

  it('splits a unit: the first new unit receives the members and succeeds it; two rows of history', async () => {
    const unit = await makeWard('Đoàn phường Thử Chia Tách');
    const talent = await makeTalent(unit);
    const { unitIds } = await splitUnit(
      db,
      admin,
      {
        unitId: unit,
        parts: [
          { name: 'Đoàn phường Thử Bắc', kind: 'ward' },
          { name: 'Đoàn xã Thử Nam', kind: 'commune' },
        ],
      },
      AT,
    );
    expect(unitIds).toHaveLength(2);
    const [north, south] = unitIds as [number, number];
    expect(await unitOf(talent.id)).toBe(north);
    const [old] = await db.select().from(units).where(eq(units.id, unit));
    expect(old).toMatchObject({ active: false, successorId: north });
    const [southRow] = await db.select().from(units).where(eq(units.id, south));
    expect(southRow).toMatchObject({ kind: 'commune', active: true, validFrom: '2026-09-01' });
    const events = await db
      .select()
      .from(unitEvents)
      .where(and(eq(unitEvents.unitId, unit), eq(unitEvents.kind, 'split')));
    expect(events.map((e) => [e.kind, e.otherUnitId])).toEqual([
      ['split', north],
      ['split', south],
    ]);
    expect(await unitCount(north)).toBe(1);

    // The talent then moves to where they belong, with the reason kept.
    await moveTalent(
      db,
      provinceOfficer,
      { talentSlug: talent.slug, unitId: south, reason: 'Ở ấp phía nam' },
      AT,
    );
    expect(await unitOf(talent.id)).toBe(south);
    expect(await unitCount(north)).toBe(0);
    expect(await unitCount(south)).toBe(1);
    const history = await listTalentUnitHistory(db, talent.id);
    expect(history.map((e) => e.kind)).toEqual(['talent_move', 'split']);
    expect(history[0]).toMatchObject({
      unitId: north,
      otherUnitId: south,
      detail: { reason: 'Ở ấp phía nam' },
    });

    await expectInvalid(
      splitUnit(db, admin, { unitId: south, parts: [{ name: 'Một', kind: 'ward' }] }, AT),
      'parts',
    );
  });

  it('renames a unit, keeping the old name; the directory shows the new one', async () => {
    const unit = await makeWard('Đoàn phường Tên Cũ');
    const talent = await makeTalent(unit);
    await renameUnit(db, admin, { unitId: unit, name: 'Đoàn phường Tên Mới' }, AT);
    const [row] = await db.select().from(units).where(eq(units.id, unit));
    expect(row).toMatchObject({
      name: 'Đoàn phường Tên Mới',
      formerNames: ['Đoàn phường Tên Cũ'],
      active: true,
    });
    expect((await documentOf(talent.id)).unitName).toBe('Đoàn phường Tên Mới');
    const [event] = await db
      .select()
      .from(unitEvents)
      .where(and(eq(unitEvents.unitId, unit), eq(unitEvents.kind, 'rename')));
    expect(event!.detail).toEqual({ before: 'Đoàn phường Tên Cũ', after: 'Đoàn phường Tên Mới' });
    await expectInvalid(renameUnit(db, admin, { unitId: unit, name: 'Đoàn xã Chợ Mới' }, AT), 'name', {
      key: 'units.error.nameTaken',
    });
  });

  it('moves a unit under another parent, never under itself or its own units', async () => {
    const upper = await makeWard('Đoàn Thử Cấp Trên');
    const lower = await makeWard('Đoàn Thử Cấp Dưới');
    await moveUnit(db, admin, { unitId: lower, parentId: upper }, AT);
    const [row] = await db.select().from(units).where(eq(units.id, lower));
    expect(row!.parentId).toBe(upper);
    await expectInvalid(moveUnit(db, admin, { unitId: upper, parentId: lower }, AT), 'parentId', {
      key: 'units.error.cycle',
    });
    await expectInvalid(moveUnit(db, admin, { unitId: upper, parentId: upper }, AT), 'parentId');
    const [event] = await db
      .select()
      .from(unitEvents)
      .where(and(eq(unitEvents.unitId, lower), eq(unitEvents.kind, 'move')));
    expect(event!.otherUnitId).toBe(upper);
  });

  it('is for province staff only, checked on the server for every change', async () => {
    const ward = await makeWard('Đoàn phường Thử Quyền');
    const other = await makeWard('Đoàn phường Thử Quyền Khác');
    const talent = await makeTalent(ward);
    const wardOfficer = await makeActor(db, 'officer', { unitId: ward });
    const unconfirmedAdmin = await makeActor(db, 'admin', { emailVerified: false });
    const outsiders = [
      null,
      wardOfficer,
      unconfirmedAdmin,
      await makeActor(db, 'talent'),
      await makeActor(db, 'employer'),
    ];
    for (const actor of outsiders) {
      await expectForbidden(mergeUnits(db, actor, { sourceId: ward, targetId: other }, AT));
      await expectForbidden(
        splitUnit(
          db,
          actor,
          {
            unitId: ward,
            parts: [
              { name: 'X một', kind: 'ward' },
              { name: 'X hai', kind: 'ward' },
            ],
          },
          AT,
        ),
      );
      await expectForbidden(renameUnit(db, actor, { unitId: ward, name: 'Tên lạ' }, AT));
      await expectForbidden(moveUnit(db, actor, { unitId: ward, parentId: other }, AT));
      await expectForbidden(createUnit(db, actor, { name: 'Đơn vị lạ', kind: 'ward', parentId: other }, AT));
      await expectForbidden(
        moveTalent(db, actor, { talentSlug: talent.slug, unitId: other, reason: 'thử' }, AT),
      );
    }
    // Nothing changed and nothing was written to the history.
    expect(await unitOf(talent.id)).toBe(ward);
    const [row] = await db.select().from(units).where(eq(units.id, ward));
    expect(row).toMatchObject({ name: 'Đoàn phường Thử Quyền', active: true });
    expect(await db.select().from(unitEvents).where(eq(unitEvents.unitId, ward))).toHaveLength(1); // its creation
  });
});
