import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIContext } from 'astro';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProfileVisibility, talents, units, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import {
  canViewPhoto,
  deletePhoto,
  detectImageType,
  MAX_PHOTO_BYTES,
  PHOTO_SIDE,
  processPhoto,
  readPhoto,
  savePhoto,
} from '@/lib/server/uploads/photos';
import { readSizedPhoto } from '@/lib/server/uploads/sized-photos';
import { defaultVisibility } from '@/lib/visibility';
import { createTestDatabase, type TestDatabase } from '../support/database';

type Rgb = { r: number; g: number; b: number };
const RED: Rgb = { r: 255, g: 0, b: 0 };
const BLUE: Rgb = { r: 0, g: 0, b: 255 };

/** A plain image of one colour, as raw pixels to be encoded by the caller. */
const canvas = (width: number, height: number, background: Rgb = RED) =>
  sharp({ create: { width, height, channels: 3, background } });

async function expectOk(bytes: Uint8Array) {
  const result = await processPhoto(bytes);
  if (!result.ok) throw new Error(`rejected: ${result.reason}`);
  return result;
}

async function reasonFor(bytes: Uint8Array) {
  const result = await processPhoto(bytes);
  return result.ok ? 'accepted' : result.reason;
}

/** The colour of one output pixel, as the nearer of red and blue. */
async function colourAt(webp: Buffer, x: number, y: number): Promise<'red' | 'blue'> {
  const { data, info } = await sharp(webp).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return (data[i] ?? 0) > (data[i + 2] ?? 0) ? 'red' : 'blue';
}

describe('detecting the image type by content', () => {
  it('knows JPEG, PNG and WebP by their first bytes', async () => {
    expect(detectImageType(await canvas(8, 8).jpeg().toBuffer())).toBe('jpeg');
    expect(detectImageType(await canvas(8, 8).png().toBuffer())).toBe('png');
    expect(detectImageType(await canvas(8, 8).webp().toBuffer())).toBe('webp');
  });

  it('knows nothing else, whatever a name or MIME type would claim', async () => {
    expect(detectImageType(new Uint8Array())).toBeNull();
    expect(detectImageType(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(detectImageType(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(detectImageType(Buffer.from('RIFF\0\0\0\0WEB'))).toBeNull();
    expect(detectImageType(await canvas(8, 8).gif().toBuffer())).toBeNull();
  });
});

describe('processing an uploaded photo', () => {
  it.each([
    ['JPEG', () => canvas(1200, 800).jpeg().toBuffer()],
    ['PNG', () => canvas(900, 1600).png().toBuffer()],
    ['WebP', () => canvas(700, 700).webp().toBuffer()],
  ])('turns a large %s into a WebP square of the largest size', async (_, make) => {
    const out = await expectOk(await make());
    expect([out.width, out.height]).toEqual([PHOTO_SIDE, PHOTO_SIDE]);
    expect(detectImageType(out.webp)).toBe('webp');
    const meta = await sharp(out.webp).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: PHOTO_SIDE, height: PHOTO_SIDE });
  });

  it('crops a small image to a square without enlarging it', async () => {
    const out = await expectOk(await canvas(300, 200).png().toBuffer());
    expect([out.width, out.height]).toEqual([200, 200]);
  });

  it('keeps transparency of a PNG', async () => {
    const png = await sharp({
      create: { width: 64, height: 64, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const out = await expectOk(png);
    expect((await sharp(out.webp).metadata()).hasAlpha).toBe(true);
  });

  it('strips EXIF (GPS, copyright), XMP and ICC profiles', async () => {
    const jpeg = await canvas(640, 480)
      .jpeg()
      .withMetadata({
        exif: {
          IFD0: { Copyright: 'secret-copyright', Artist: 'secret-artist', Make: 'SecretCam' },
          IFD3: { GPSLatitudeRef: 'N', GPSLongitudeRef: 'E' },
        },
      })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><secret-xmp/></x:xmpmeta>')
      .withIccProfile('p3')
      .toBuffer();
    // The fixture really carries what must go.
    const before = await sharp(jpeg).metadata();
    expect(before.exif?.toString('latin1')).toContain('secret-copyright');
    expect(before.xmp).toBeDefined();
    expect(before.icc).toBeDefined();

    const out = await expectOk(jpeg);
    const after = await sharp(out.webp).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    const raw = out.webp.toString('latin1');
    for (const secret of ['secret', 'SecretCam', 'Exif', 'XMP ', 'ICCP']) expect(raw).not.toContain(secret);
  });

  it('turns the image upright from its EXIF orientation', async () => {
    // 200×100, red on top and blue below; orientation 6 means "rotate 90° clockwise to display",
    // so upright the red half is on the right and the centred square is blue left, red right.
    const jpeg = await canvas(200, 100, RED)
      .composite([{ input: await canvas(200, 50, BLUE).png().toBuffer(), top: 50, left: 0 }])
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const out = await expectOk(jpeg);
    expect([out.width, out.height]).toEqual([100, 100]);
    expect(await colourAt(out.webp, 10, 50)).toBe('blue');
    expect(await colourAt(out.webp, 90, 50)).toBe('red');
    // Without the orientation the same pixels would be red on top, blue below.
    const unrotated = await expectOk(await sharp(jpeg).withMetadata({ orientation: 1 }).jpeg().toBuffer());
    expect(await colourAt(unrotated.webp, 50, 10)).toBe('red');
    expect(await colourAt(unrotated.webp, 50, 90)).toBe('blue');
  });

  it('rejects an empty upload', async () => {
    expect(await reasonFor(new Uint8Array())).toBe('empty');
  });

  it.each([
    ['a text file', () => Promise.resolve(Buffer.from('Xin chào, đây không phải ảnh.\n'))],
    ['a GIF', () => canvas(16, 16).gif().toBuffer()],
    ['a TIFF', () => canvas(16, 16).tiff().toBuffer()],
    ['an AVIF', () => canvas(16, 16).avif().toBuffer()],
    [
      'an SVG',
      () =>
        Promise.resolve(
          Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
          ),
        ),
    ],
    ['a PDF', () => Promise.resolve(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'))],
    ['an HTML page', () => Promise.resolve(Buffer.from('<!doctype html><script>alert(1)</script>'))],
  ])('rejects %s by its content', async (_, make) => {
    expect(await reasonFor(await make())).toBe('type');
  });

  it('rejects more than 5 MB before decoding, even with a valid JPEG start', async () => {
    const tooBig = new Uint8Array(MAX_PHOTO_BYTES + 1);
    tooBig.set([0xff, 0xd8, 0xff, 0xe0]);
    expect(await reasonFor(tooBig)).toBe('too-large');
    // Exactly the limit is allowed through the size check (and then fails as the junk it is).
    expect(await reasonFor(tooBig.subarray(0, MAX_PHOTO_BYTES))).toBe('corrupt');
  });

  it('rejects a truncated JPEG and junk behind a valid signature', async () => {
    const jpeg = await canvas(800, 600).jpeg().toBuffer();
    expect(await reasonFor(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)))).toBe('corrupt');
    expect(await reasonFor(Buffer.concat([jpeg.subarray(0, 3), Buffer.from('junk'.repeat(100))]))).toBe(
      'corrupt',
    );
    const png = await canvas(64, 64).png().toBuffer();
    expect(await reasonFor(png.subarray(0, png.length - 40))).toBe('corrupt');
    expect(await reasonFor(Buffer.from('RIFF\x10\0\0\0WEBPVP8 junkjunkjunk', 'latin1'))).toBe('corrupt');
  });

  it('rejects an image with too many pixels, however small its file', async () => {
    const png = await canvas(7000, 6000).png({ compressionLevel: 9 }).toBuffer();
    expect(png.length).toBeLessThan(MAX_PHOTO_BYTES);
    expect(await reasonFor(png)).toBe('too-many-pixels');
  });
});

describe('storing photos', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tntag-photos-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('saves under a fresh random name, reads it back and deletes it', async () => {
    const photos = join(dir, 'photos');
    const { webp } = await expectOk(await canvas(64, 64).jpeg().toBuffer());
    const path = await savePhoto(webp, photos);
    expect(path).toMatch(/^\/anh\/[a-f0-9]{32}\.webp$/);
    expect(await savePhoto(webp, photos)).not.toBe(path);
    const name = path.slice('/anh/'.length);
    expect(await readPhoto(name, photos)).toEqual(webp);

    await deletePhoto(path, photos);
    expect(existsSync(join(photos, name))).toBe(false);
    expect(await readPhoto(name, photos)).toBeNull();
    await expect(deletePhoto(path, photos)).resolves.toBeUndefined();
    await expect(deletePhoto(null, photos)).resolves.toBeUndefined();
  });

  it('makes a smaller copy once, keeps it beside the photo and deletes it with the photo', async () => {
    const photos = join(dir, 'copies');
    const { webp } = await expectOk(await canvas(600, 600).jpeg().toBuffer());
    const path = await savePhoto(webp, photos);
    const name = path.slice('/anh/'.length);
    const copyFile = join(photos, name.replace('.webp', '.w112.webp'));

    const copy = await readSizedPhoto(name, 112, photos);
    expect(copy).not.toBeNull();
    expect(await sharp(copy!).metadata()).toMatchObject({ format: 'webp', width: 112, height: 112 });
    expect(copy!.length).toBeLessThan(webp.length);
    expect(existsSync(copyFile)).toBe(true);
    // The kept copy is what the next request reads: planting other bytes there shows it is not redone.
    writeFileSync(copyFile, 'kept');
    expect((await readSizedPhoto(name, 112, photos))!.toString()).toBe('kept');

    await deletePhoto(path, photos);
    expect(existsSync(copyFile)).toBe(false);
    expect(await readSizedPhoto(name, 112, photos)).toBeNull();
    expect(await readSizedPhoto('../outside.webp', 112, photos)).toBeNull();
  });

  it('reads only names it makes, so no path leaves the folder', async () => {
    const photos = join(dir, 'photos');
    writeFileSync(join(dir, 'outside.webp'), 'outside');
    writeFileSync(join(dir, 'photos', 'abc.webp'), 'planted');
    for (const name of [
      '../outside.webp',
      '..%2Foutside.webp',
      'abc.webp',
      '',
      '.webp',
      `${'A'.repeat(32)}.webp`,
      `${'a'.repeat(32)}.webp/`,
      `${'a'.repeat(32)}.png`,
      `${'a'.repeat(31)}.webp`,
      `/${'a'.repeat(32)}.webp`,
      `../${'a'.repeat(32)}.webp`,
      `${'a'.repeat(32)}.webp\0`,
    ]) {
      expect(await readPhoto(name, photos), name).toBeNull();
    }
  });

  it('leaves alone paths it did not make', async () => {
    const outside = join(dir, 'outside.webp');
    await deletePhoto('/anh/../outside.webp', join(dir, 'photos'));
    await deletePhoto('/images/outside.webp', join(dir, 'photos'));
    expect(existsSync(outside)).toBe(true);
  });
});

describe('who may see a photo', () => {
  let t: TestDatabase;
  let dataDir: string;
  const saved = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };
  const ownerId = 10;
  const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
    id: 99,
    email: `${role}@example.test`,
    displayName: role,
    role,
    unitId: null,
    emailVerified: true,
    employerVerified: false,
    ...extra,
  });
  const anonymous = null;
  const member = actor('talent');
  const owner = actor('talent', { id: ownerId });
  const officer = actor('officer', { unitId: 1 });
  const otherOfficer = actor('officer', { unitId: 2 });
  const publicPhoto = `/anh/${'1'.repeat(32)}.webp`;
  const membersPhoto = `/anh/${'2'.repeat(32)}.webp`;
  const hiddenProfilePhoto = `/anh/${'3'.repeat(32)}.webp`;
  const draftPhoto = `/anh/${'4'.repeat(32)}.webp`;
  const orphanPhoto = `/anh/${'5'.repeat(32)}.webp`;

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(units).values([
      { id: 1, slug: 'don-vi-1', name: 'Đơn vị 1', kind: 'province' },
      { id: 2, slug: 'don-vi-2', name: 'Đơn vị 2', kind: 'city', parentId: 1 },
    ]);
    await t.db
      .insert(users)
      .values({ id: ownerId, email: 'owner@example.test', displayName: 'Owner', role: 'talent' });
    const open: ProfileVisibility = defaultVisibility(2000, 2026);
    const talent = (
      n: number,
      photoPath: string,
      visibility: ProfileVisibility,
      status: 'draft' | 'verified',
    ) => ({
      slug: `tai-nang-${n}`,
      fullName: `Tài Năng ${n}`,
      birthYear: 2000,
      discoveredYear: 2024,
      unitId: 1,
      userId: ownerId,
      photoPath,
      visibility,
      status,
    });
    await t.db
      .insert(talents)
      .values([
        talent(1, publicPhoto, open, 'verified'),
        talent(2, membersPhoto, { ...open, photo: 'members' }, 'verified'),
        talent(3, hiddenProfilePhoto, { ...open, profile: 'members' }, 'verified'),
        talent(4, draftPhoto, open, 'draft'),
      ]);

    // The route reads its configuration from the environment on first use.
    dataDir = mkdtempSync(join(tmpdir(), 'tntag-photo-route-'));
    process.env.DATABASE_URL = t.url;
    process.env.DATA_DIR = dataDir;
  });
  afterAll(() => {
    t.dispose();
    rmSync(dataDir, { recursive: true, force: true });
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it.each([
    ['a public photo, to anyone', publicPhoto, anonymous, true],
    ['a photo of no talent', orphanPhoto, officer, false],
    ['a members-only photo, to the signed-out', membersPhoto, anonymous, false],
    ['a members-only photo, to a member', membersPhoto, member, true],
    ['a public photo on a members-only profile, to the signed-out', hiddenProfilePhoto, anonymous, false],
    ['a public photo on a members-only profile, to a member', hiddenProfilePhoto, member, true],
    ['a draft’s photo, to a member', draftPhoto, member, false],
    ['a draft’s photo, to its owner', draftPhoto, owner, true],
    ['a draft’s photo, to an officer of its unit', draftPhoto, officer, true],
    ['a draft’s photo, to an officer of another unit', draftPhoto, otherOfficer, false],
  ] as const)('%s: %s', async (_, path, viewer, allowed) => {
    expect(await canViewPhoto(t.db, path, viewer)).toBe(allowed);
  });

  it('is served by the route with safe headers, and 404 otherwise', async () => {
    const { GET } = await import('@/pages/anh/[name]');
    const call = (name: string, actorOrNull: Actor | null | undefined, search = '') =>
      GET({
        params: { name },
        locals: { actor: actorOrNull },
        url: new URL(`http://localhost/anh/${name}${search}`),
      } as unknown as APIContext);

    const { webp } = await expectOk(await canvas(64, 64).jpeg().toBuffer());
    const stored = await savePhoto(webp, join(dataDir, 'photos'));
    await t.db.insert(talents).values({
      slug: 'co-anh',
      fullName: 'Có Ảnh',
      birthYear: 2000,
      discoveredYear: 2024,
      unitId: 1,
      photoPath: stored,
      visibility: { ...defaultVisibility(2000, 2026), photo: 'members' },
      status: 'verified',
    });
    const name = stored.slice('/anh/'.length);

    const ok = await call(name, member);
    expect(ok.status).toBe(200);
    expect(Object.fromEntries(ok.headers)).toMatchObject({
      'content-type': 'image/webp',
      'cache-control': 'private, max-age=3600',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline',
    });
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(webp);
    const small = await call(name, member, '?w=112');
    expect(small.status).toBe(200);
    expect(await sharp(Buffer.from(await small.arrayBuffer())).metadata()).toMatchObject({ width: 64 });
    expect((await call(name, anonymous, '?w=112')).status).toBe(404);
    const badWidth = await call(name, member, '?w=9999');
    expect(badWidth.status).toBe(400);
    expect(await badWidth.text()).toContain('112, 240');

    // Not allowed, unknown, malformed and missing all look the same.
    for (const [n, who] of [
      [name, undefined],
      [name, anonymous],
      ['../photos/x.webp', member],
      ['abc.webp', member],
      [publicPhoto.slice('/anh/'.length), member], // belongs to a talent, but no file
    ] as const) {
      const response = await call(n, who);
      expect(
        response.status,
        `${n} as ${who?.role ?? (who === null ? 'anonymous' : 'no locals.actor')}`,
      ).toBe(404);
    }
  });
});
