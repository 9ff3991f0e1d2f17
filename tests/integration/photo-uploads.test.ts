import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { talents, units } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { getTranslator } from '@/lib/i18n/translate';
import { RateLimitedError } from '@/lib/server/errors';
import { deleteAccount } from '@/lib/server/privacy/delete';
import { limits } from '@/lib/server/rate-limit';
import { replaceOwnPhoto } from '@/lib/server/uploads/own-photo';
import { deletePhoto, MAX_PHOTO_PIXELS, processPhoto } from '@/lib/server/uploads/photos';
import { ORPHAN_GRACE_MS, sweepOrphanPhotos } from '@/lib/server/uploads/sweeper';
import { defaultVisibility } from '@/lib/visibility';
import { makeActor } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';

const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const HOUR = 60 * 60 * 1000;

const jpeg = (width = 64, height = 64) =>
  sharp({ create: { width, height, channels: 3, background: '#1562c4' } })
    .jpeg()
    .toBuffer();

let t: TestDatabase;
let dir: string;
let talentCount = 0;

/** A talent account owning a verified profile. */
async function talentWithProfile(): Promise<Actor> {
  const actor = await makeActor(t.db, 'talent');
  talentCount += 1;
  await t.db.insert(talents).values({
    slug: `tai-nang-anh-${talentCount}`,
    fullName: `Tài Năng Ảnh ${talentCount}`,
    birthYear: 2000,
    discoveredYear: 2024,
    unitId: 1,
    userId: actor.id,
    status: 'verified',
    visibility: defaultVisibility(2000, 2026),
  });
  return actor;
}

const photoOf = async (actor: Actor) =>
  (await t.db.select({ path: talents.photoPath }).from(talents).where(eq(talents.userId, actor.id)))[0]
    ?.path ?? null;

const filesIn = (folder: string) => {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
};

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.insert(units).values({ id: 1, slug: 'tinh', name: 'Tỉnh Đoàn', kind: 'province' });
});
afterAll(() => t.dispose());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tntag-uploads-'));
  return () => rmSync(dir, { recursive: true, force: true });
});

describe('replacing a photo', () => {
  it('leaves exactly one file, the one referenced, after 12 parallel uploads', async () => {
    const actor = await talentWithProfile();
    const photos = await Promise.all(
      Array.from({ length: 12 }, async () => replaceOwnPhoto(t.db, actor, await jpeg(), { dir, now: NOW })),
    );
    expect(new Set(photos).size).toBe(12);
    const stored = await photoOf(actor);
    expect(photos).toContain(stored);
    expect(filesIn(dir)).toEqual([stored!.slice('/anh/'.length)]);
  });

  it('leaves no file once the account is deleted', async () => {
    const actor = await talentWithProfile();
    await Promise.all(
      Array.from({ length: 12 }, async () => replaceOwnPhoto(t.db, actor, await jpeg(), { dir, now: NOW })),
    );
    // As the deletion action does: the photo goes once the deletion has committed.
    const { photoPath } = await deleteAccount(t.db, actor.id, { keepHonours: false });
    await deletePhoto(photoPath, dir);
    expect(filesIn(dir)).toEqual([]);
  });

  it('keeps the photo before when the new one is refused, and stores nothing', async () => {
    const actor = await talentWithProfile();
    const first = await replaceOwnPhoto(t.db, actor, await jpeg(), { dir, now: NOW });
    await expect(
      replaceOwnPhoto(t.db, actor, Buffer.from('không phải ảnh'), { dir, now: NOW }),
    ).rejects.toMatchObject({ key: 'photo.type', field: 'photo' });
    expect(await photoOf(actor)).toBe(first);
    expect(filesIn(dir)).toEqual([first.slice('/anh/'.length)]);
  });
});

describe('the cost of decoding', () => {
  it('refuses a 6,300 × 6,300 PNG quickly, from its header, with a clear message', async () => {
    const png = await sharp({ create: { width: 6300, height: 6300, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(6300 * 6300).toBeGreaterThan(MAX_PHOTO_PIXELS);
    const timed = async <T>(work: () => Promise<T>) => {
      const started = performance.now();
      const value = await work();
      return { value, ms: performance.now() - started };
    };
    const { value: result, ms: refusedMs } = await timed(() => processPhoto(png));
    // Compared with decoding the same image on the same (possibly busy) machine: the refusal reads
    // the header only, so it takes a small fraction of that.
    const { ms: decodeMs } = await timed(() => sharp(png, { limitInputPixels: false }).raw().toBuffer());
    expect(refusedMs).toBeLessThan(decodeMs / 10);
    expect(result).toEqual({ ok: false, reason: 'too-many-pixels' });
    expect(getTranslator('vi')('photo.too-many-pixels')).toContain('16 megapixel');
    expect(getTranslator('en')('photo.too-many-pixels')).toContain('16 megapixels');
  });

  it('still accepts a 16 MP photo', async () => {
    const result = await processPhoto(await jpeg(4000, 4000));
    expect(result.ok).toBe(true);
  });

  it('limits uploads per account per hour, with a message of its own', async () => {
    const actor = await talentWithProfile();
    const { limit } = limits.photoUploadPerAccount;
    for (let i = 0; i < limit; i += 1) await replaceOwnPhoto(t.db, actor, await jpeg(), { dir, now: NOW });
    const refused = await replaceOwnPhoto(t.db, actor, await jpeg(), { dir, now: NOW + 60_000 }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused).toMatchObject({ key: 'photo.tooManyUploads', retryAfterSeconds: 59 * 60 });
    expect(getTranslator('vi')('photo.tooManyUploads', { count: 59 })).toBe(
      'Bạn đã tải ảnh lên quá nhiều lần trong một giờ qua. Vui lòng thử lại sau 59 phút.',
    );
    expect(filesIn(dir)).toHaveLength(1);
    // Another account is not held back, and the next hour starts afresh.
    await replaceOwnPhoto(t.db, await talentWithProfile(), await jpeg(), { dir, now: NOW + 60_000 });
    await replaceOwnPhoto(t.db, actor, await jpeg(), { dir, now: NOW + HOUR });
  });
});

describe('sweeping orphan photos', () => {
  const name = (digit: string) => `${digit.repeat(32)}.webp`;
  /** Writes a file last modified `ageMs` before NOW. */
  const plant = (file: string, ageMs: number) => {
    writeFileSync(join(dir, file), 'x');
    const when = (NOW - ageMs) / 1000;
    utimesSync(join(dir, file), when, when);
  };

  it('removes old files no profile references, and nothing else', async () => {
    const actor = await talentWithProfile();
    await t.db
      .update(talents)
      .set({ photoPath: `/anh/${name('a')}` })
      .where(eq(talents.userId, actor.id));
    plant(name('a'), 2 * ORPHAN_GRACE_MS); // referenced
    plant(name('b'), 2 * ORPHAN_GRACE_MS); // orphan, old
    plant(name('c'), ORPHAN_GRACE_MS / 2); // orphan, maybe an upload in flight
    plant('tai-nang-tre.db', 2 * ORPHAN_GRACE_MS); // not a photo name
    plant(`${'B'.repeat(32)}.webp`, 2 * ORPHAN_GRACE_MS); // not a name the upload code makes

    expect(await sweepOrphanPhotos(t.db, dir, NOW)).toBe(1);
    expect(filesIn(dir).sort()).toEqual([`${'B'.repeat(32)}.webp`, name('a'), name('c'), 'tai-nang-tre.db']);
    // Once out of its grace period, the young orphan goes too.
    expect(await sweepOrphanPhotos(t.db, dir, NOW + ORPHAN_GRACE_MS)).toBe(1);
    expect(filesIn(dir)).not.toContain(name('c'));
  });

  it('removes old copies whose photo is gone and copies left half-written', async () => {
    const copy = (digit: string, suffix = '') => name(digit).replace('.webp', `.w112.webp${suffix}`);
    const actor = await talentWithProfile();
    await t.db
      .update(talents)
      .set({ photoPath: `/anh/${name('a')}` })
      .where(eq(talents.userId, actor.id));
    plant(name('a'), 2 * ORPHAN_GRACE_MS);
    plant(name('d'), 2 * ORPHAN_GRACE_MS); // a photo of no profile: removed, its copy with it
    plant(copy('d'), 2 * ORPHAN_GRACE_MS);
    plant(copy('e'), 2 * ORPHAN_GRACE_MS); // photo deleted while the copy was made
    plant(copy('a', '.0a1b.tmp'), 2 * ORPHAN_GRACE_MS); // a crash between write and rename
    plant(copy('a'), 2 * ORPHAN_GRACE_MS); // the referenced photo's copy stays
    plant(copy('f'), ORPHAN_GRACE_MS / 2); // young: its photo may be on its way

    expect(await sweepOrphanPhotos(t.db, dir, NOW)).toBe(4);
    const left = filesIn(dir);
    expect(left).toContain(copy('a'));
    expect(left).toContain(copy('f'));
    for (const gone of [name('d'), copy('d'), copy('e'), copy('a', '.0a1b.tmp')])
      expect(left).not.toContain(gone);
  });

  it('answers 0 when the photos folder does not exist yet', async () => {
    expect(await sweepOrphanPhotos(t.db, join(dir, 'khong-co'), NOW)).toBe(0);
  });
});
