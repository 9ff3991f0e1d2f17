import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { type PhotoWidth, sizedPhotoName } from '@/lib/photo-sizes';
import { decoding, isPhotoFileName, photosDir, readPhoto } from './photos';

/**
 * The copy of photo `name` at `width`, made on first request from the stored square and kept next
 * to it, so each copy costs one resize however many pages show it. Photos uploaded before copies
 * existed get theirs the same way. Null when there is no such photo.
 */
export async function readSizedPhoto(
  name: string,
  width: PhotoWidth,
  dir: string = photosDir(),
): Promise<Buffer | null> {
  if (!isPhotoFileName(name)) return null;
  const path = join(dir, sizedPhotoName(name, width));
  const kept = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (kept) return kept;
  const photo = await readPhoto(name, dir);
  if (!photo) return null;
  // Stored photos were made by this code, so they decode safely; the queue still keeps a burst of
  // first requests from taking every core.
  const copy = await decoding.run(() =>
    sharp(photo).resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer(),
  );
  // Written aside and renamed: another instance (or request) making the same copy never serves a
  // half-written file, and the last rename wins with identical bytes.
  const aside = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(aside, copy, { flag: 'wx' });
    await rename(aside, path);
  } catch {
    await rm(aside, { force: true });
  }
  return copy;
}
