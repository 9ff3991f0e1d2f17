import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clubs } from '@db/schema';
import { loadReferenceIds, type ReferenceIds } from '../../scripts/seed/reference';
import { seedReferenceData } from '../../scripts/seed/index';
import type { Actor } from '@/lib/server/auth/actor';
import { createClub } from '@/lib/server/clubs/clubs';
import { joinClub } from '@/lib/server/clubs/membership';
import { ForbiddenError } from '@/lib/server/errors';
import { isPublicClubCover, replaceClubCover } from '@/lib/server/uploads/club-cover';
import { ORPHAN_GRACE_MS, sweepOrphanPhotos } from '@/lib/server/uploads/sweeper';
import { makeActor } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';

const NOW = Date.UTC(2026, 11, 2, 9, 0, 0);

let t: TestDatabase;
let ref: ReferenceIds;
let officer: Actor;
let dir: string;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  ref = await loadReferenceIds(t.db);
  officer = await makeActor(t.db, 'officer', { unitId: ref.unitIds.get('thanh-doan-long-xuyen')! });
  dir = mkdtempSync(join(tmpdir(), 'tntag-covers-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  return t.dispose();
});

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#d4a017' } })
    .png()
    .toBuffer();

const makeClub = (name: string) =>
  createClub(t.db, officer, {
    name,
    description: '',
    rules: '',
    fieldId: null,
    unitId: ref.unitIds.get('thanh-doan-long-xuyen')!,
    joinPolicy: 'open',
    forumAudience: 'members',
  });

describe('a club cover', () => {
  it('is re-encoded to a 3:1 band with its size stored, replacing the one before', async () => {
    const club = await makeClub('CLB Ảnh bìa');
    const first = await replaceClubCover(t.db, officer, club.id, await png(2400, 1600), { dir, now: NOW });
    expect(first).toMatchObject({ width: 1200, height: 400 });
    expect(first.path).toMatch(/^\/anh\/[a-f0-9]{32}\.webp$/);
    const stored = await sharp(join(dir, first.path.slice('/anh/'.length))).metadata();
    expect({ format: stored.format, width: stored.width, height: stored.height }).toEqual({
      format: 'webp',
      width: 1200,
      height: 400,
    });

    // A small image is not enlarged: the band shrinks with it.
    const second = await replaceClubCover(t.db, officer, club.id, await png(600, 600), { dir, now: NOW });
    expect(second).toMatchObject({ width: 600, height: 200 });
    const [row] = await t.db.select().from(clubs).where(eq(clubs.id, club.id));
    expect(row).toMatchObject({ coverPath: second.path, coverWidth: 600, coverHeight: 200 });
    expect(readdirSync(dir)).toEqual([second.path.slice('/anh/'.length)]);
    expect(await isPublicClubCover(t.db, second.path)).toBe(true);
    expect(await isPublicClubCover(t.db, first.path)).toBe(false);
  });

  it('is refused from anyone who does not moderate the club, and for a file that is no image', async () => {
    const club = await makeClub('CLB Không được đổi ảnh');
    const member = await makeActor(t.db, 'talent');
    await joinClub(t.db, member, club.id);
    await expect(
      replaceClubCover(t.db, member, club.id, await png(900, 300), { dir, now: NOW }),
    ).rejects.toThrow(ForbiddenError);
    const employer = await makeActor(t.db, 'employer');
    await expect(
      replaceClubCover(t.db, employer, club.id, await png(900, 300), { dir, now: NOW }),
    ).rejects.toThrow(ForbiddenError);
    const script = new TextEncoder().encode('<svg onload="alert(1)"></svg>');
    await expect(replaceClubCover(t.db, officer, club.id, script, { dir, now: NOW })).rejects.toThrow(
      expect.objectContaining({ key: 'photo.type', field: 'cover' }),
    );
    const [row] = await t.db.select().from(clubs).where(eq(clubs.id, club.id));
    expect(row!.coverPath).toBeNull();
  });

  it('is kept by the sweeper of orphan photos', async () => {
    const club = await makeClub('CLB Ảnh còn giữ');
    const cover = await replaceClubCover(t.db, officer, club.id, await png(1200, 400), { dir, now: NOW });
    const orphan = `${'0'.repeat(32)}.webp`;
    writeFileSync(join(dir, orphan), 'left by a crash');
    const old = new Date(NOW - 2 * ORPHAN_GRACE_MS);
    for (const name of readdirSync(dir)) utimesSync(join(dir, name), old, old);
    await sweepOrphanPhotos(t.db, dir, NOW);
    expect(readdirSync(dir)).toContain(cover.path.slice('/anh/'.length));
    expect(readdirSync(dir)).not.toContain(orphan);
  });
});
