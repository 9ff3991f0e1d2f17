/**
 * A talent replacing the photo of their own profile. The file is written first, the path swapped
 * in the profile's transaction, and the replaced file deleted only after the commit: whatever
 * order parallel uploads (a double click) commit in, each one deletes the file it replaced, so
 * exactly one file is left and it is the one the profile points to. A crash between the write and
 * the commit leaves a file no row references; `sweepOrphanPhotos` removes it later.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { talents } from '@db/schema';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { InvalidInputError } from '@/lib/server/errors';
import { consumeRateLimit, limits } from '@/lib/server/rate-limit';
import { recordTalentChanges } from '@/lib/server/search/sync';
import { requireOwnTalent } from '@/lib/server/talents/self-service-shared';
import { deletePhoto, photosDir, processPhoto, savePhoto } from './photos';

export interface PhotoUploadOptions {
  /** The photos folder; defaults to the configured one (tests pass their own). */
  dir?: string;
  /** The time of the upload, for the hourly limit (tests set the clock). */
  now?: number;
}

/**
 * Checks, re-encodes and stores `bytes` as the signed-in talent's photo, replacing the one before.
 * @returns the new public path (`/anh/<name>.webp`)
 * @throws ForbiddenError unless the actor is a talent owning a profile; RateLimitedError past the
 *   hourly limit of uploads (decoding is what costs, so refused files count too);
 *   InvalidInputError (`photo.<reason>` on `photo`) for a file that is not an acceptable photo.
 */
export async function replaceOwnPhoto(
  db: Database,
  actor: Actor,
  bytes: Uint8Array,
  { dir = photosDir(), now = Date.now() }: PhotoUploadOptions = {},
): Promise<string> {
  requireRole(actor, 'talent');
  await requireOwnTalent(db, actor);
  await consumeRateLimit(db, `photo-upload:user:${actor.id}`, limits.photoUploadPerAccount, now);
  const processed = await processPhoto(bytes);
  if (!processed.ok) throw new InvalidInputError(`photo.${processed.reason}`, 'photo');

  const photoPath = await savePhoto(processed.webp, dir);
  let replaced: string | null;
  try {
    replaced = await db.transaction(async (tx) => {
      // libSQL begins a transaction IMMEDIATE, so parallel swaps run one after another and the path
      // read here is the one this commit overwrites.
      const talent = await requireOwnTalent(tx, actor);
      await tx
        .update(talents)
        .set({ photoPath, updatedAt: new Date(now) })
        .where(eq(talents.id, talent.id));
      await recordTalentChanges(tx, [talent.id]);
      return talent.photoPath;
    });
  } catch (error) {
    await deletePhoto(photoPath, dir);
    throw error;
  }
  await deletePhoto(replaced, dir);
  return photoPath;
}
