import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import sharp, { type Metadata } from 'sharp';
import type { Database } from '@db/client';
import { talents } from '@db/schema';
import { type Actor, viewerOf } from '@/lib/server/auth/actor';
import { getConfig } from '@/lib/server/config';
import { createWorkQueue } from '@/lib/server/work-queue';
import { PHOTO_WIDTHS, sizedPhotoName } from '@/lib/photo-sizes';
import { canViewPart, LISTED_STATUSES } from '@/lib/visibility';

/** Largest upload accepted, checked before any decoding. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/**
 * Largest image decoded (width × height, read from the header before any decoding): 16 MP, more
 * than a phone's 12 MP camera gives. A small file can declare a huge image that compresses to
 * nothing: a 116 KB PNG of 6,300 × 6,300 took a second of CPU to decode, a gigapixel one would take
 * gigabytes of memory.
 */
export const MAX_PHOTO_PIXELS = 16_000_000;

/**
 * Decoding runs one image at a time in this process, so a burst of uploads queues up instead of
 * taking every core while pages wait (libvips still uses its own threads inside one decode).
 */
export const decoding = createWorkQueue(1);

/** Stored photos are squares of at most this side: the largest avatar, with room for 2× screens. */
export const PHOTO_SIDE = 512;

/** Public path of a stored photo; the route at src/pages/anh/[name].ts serves it. */
export const PHOTO_URL_PREFIX = '/anh/';

/** The only file names photos are stored under: 32 random hex digits, as `savePhoto` makes them. */
const PHOTO_NAME = /^[a-f0-9]{32}\.webp$/;

/** Whether a file name is one `savePhoto` makes; nothing else in the folder is a photo. */
export function isPhotoFileName(name: string): boolean {
  return PHOTO_NAME.test(name);
}

export type ImageType = 'jpeg' | 'png' | 'webp';

export type PhotoRejection = 'empty' | 'too-large' | 'type' | 'corrupt' | 'too-many-pixels';

export type ProcessedPhoto =
  { ok: true; webp: Buffer; width: number; height: number } | { ok: false; reason: PhotoRejection };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + prefix.length && prefix.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The image type from the file's first bytes, or null when it is not JPEG, PNG or WebP.
 * The file name and the declared MIME type are the sender's claims, so they are never consulted.
 * @example detectImageType(new Uint8Array(await file.arrayBuffer())) // 'png'
 */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  return null;
}

/** Options shared by every decode of untrusted bytes. */
const decodeOptions = {
  // 'error' rejects truncated and broken pixel data; 'warning' would also refuse the many camera
  // JPEGs with harmless quirks (extraneous bytes after a marker), which people could not fix.
  failOn: 'error',
  limitInputPixels: MAX_PHOTO_PIXELS,
} as const;

/** The box a stored image is cropped to: a profile photo's square, or a club cover's band. */
export interface PhotoBox {
  width: number;
  height: number;
}

export const PROFILE_PHOTO_BOX: PhotoBox = { width: PHOTO_SIDE, height: PHOTO_SIDE };

/**
 * Checks an uploaded photo and re-encodes it: auto-oriented from EXIF, cropped to the centre of
 * `box` (a square of {@link PHOTO_SIDE} unless given; small images are not enlarged, the box
 * shrinks with them), WebP. Re-encoding is what makes the upload safe to serve: only decoded
 * pixels survive, so EXIF (GPS position, camera serial), XMP, ICC and anything smuggled after the
 * image data are dropped.
 */
export async function processPhoto(bytes: Uint8Array, box = PROFILE_PHOTO_BOX): Promise<ProcessedPhoto> {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > MAX_PHOTO_BYTES) return { ok: false, reason: 'too-large' };
  const type = detectImageType(bytes);
  if (!type) return { ok: false, reason: 'type' };

  let meta: Metadata;
  try {
    // The header alone, without the pixel limit, so that an oversized image gets its own reason
    // instead of a message to pattern-match; the decode below still enforces the limit. Reading a
    // header costs next to nothing, so it does not wait in the decoding queue: refusals are quick.
    meta = await sharp(bytes, { ...decodeOptions, limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  // libvips sniffs the content itself; it must agree with the magic bytes we accepted.
  if (meta.format !== type) return { ok: false, reason: 'type' };
  if (!meta.width || !meta.height) return { ok: false, reason: 'corrupt' };
  if (meta.width * meta.height > MAX_PHOTO_PIXELS) return { ok: false, reason: 'too-many-pixels' };

  // Orientation swaps width and height; for a square box it changes nothing, for a band it may
  // crop a little more of a rotated image, never enlarge past its pixels' worth.
  const scale = Math.min(1, meta.width / box.width, meta.height / box.height);
  const width = Math.max(1, Math.floor(box.width * scale));
  const height = Math.max(1, Math.floor(box.height * scale));
  try {
    const { data, info } = await decoding.run(() =>
      sharp(bytes, decodeOptions)
        .rotate() // from the EXIF orientation, before the tag is dropped with the rest
        .resize({ width, height, fit: 'cover' })
        .webp({ quality: 82 })
        .toBuffer({ resolveWithObject: true }),
    );
    return { ok: true, webp: data, width: info.width, height: info.height };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

/** Where photos are stored: outside public/, so only the access-checked route serves them. */
export function photosDir(): string {
  return join(getConfig().dataDir, 'photos');
}

/**
 * Stores a photo from {@link processPhoto} under a fresh random name and returns its public path
 * (`/anh/<32 hex>.webp`) for `talents.photoPath`. The sender's file name is never used, so it can
 * neither traverse folders nor be guessed from the person's name.
 */
export async function savePhoto(webp: Buffer, dir: string = photosDir()): Promise<string> {
  await mkdir(dir, { recursive: true });
  const name = `${randomBytes(16).toString('hex')}.webp`;
  // 'wx' refuses to overwrite: a name collision would fail loudly rather than swap someone's photo.
  await writeFile(join(dir, name), webp, { flag: 'wx' });
  return `${PHOTO_URL_PREFIX}${name}`;
}

/** The file name in a public photo path, or null when the path is not one `savePhoto` made. */
export function photoNameOf(publicPath: string): string | null {
  if (!publicPath.startsWith(PHOTO_URL_PREFIX)) return null;
  const name = publicPath.slice(PHOTO_URL_PREFIX.length);
  return isPhotoFileName(name) ? name : null;
}

/**
 * The stored photo called `name`, or null when there is none. Only names `savePhoto` makes are
 * looked up, so `../` and the like never reach the file system.
 */
export async function readPhoto(name: string, dir: string = photosDir()): Promise<Buffer | null> {
  if (!isPhotoFileName(name)) return null;
  try {
    return await readFile(join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Deletes the photo at a public path and its smaller copies; a null path, a foreign path or a
 * missing file is no error.
 */
export async function deletePhoto(publicPath: string | null, dir: string = photosDir()): Promise<void> {
  const name = publicPath === null ? null : photoNameOf(publicPath);
  if (!name) return;
  await rm(join(dir, name), { force: true });
  await Promise.all(PHOTO_WIDTHS.map((width) => rm(join(dir, sizedPhotoName(name, width)), { force: true })));
}

/**
 * Whether `actor` may see the photo at `publicPath`: it must belong to a talent and follow the
 * same rules as the profile page, so a photo is never reachable where its profile is not. Owners
 * and the talent's officers see it always (drafts included); others need a listed profile they
 * may see and a photo setting that reaches them.
 */
export async function canViewPhoto(db: Database, publicPath: string, actor: Actor | null): Promise<boolean> {
  const [talent] = await db
    .select({
      unitId: talents.unitId,
      userId: talents.userId,
      status: talents.status,
      visibility: talents.visibility,
    })
    .from(talents)
    .where(eq(talents.photoPath, publicPath))
    .limit(1);
  if (!talent) return false;
  const viewer = viewerOf(actor, talent.unitId, talent.userId);
  const privileged = viewer.kind === 'owner' || viewer.kind === 'officer';
  if (!privileged) {
    const listed = (LISTED_STATUSES as readonly string[]).includes(talent.status);
    if (!listed || !canViewPart(viewer, talent.visibility, 'profile')) return false;
  }
  return canViewPart(viewer, talent.visibility, 'photo');
}
