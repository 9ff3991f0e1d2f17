/**
 * A club's cover: uploaded by its moderators or staff through the same checks as a profile photo
 * (content sniffed, size and pixel limits, re-encoded by sharp), cropped to a 3:1 band. As with
 * a profile photo, the file is written first, the path swapped in a transaction, and the replaced
 * file deleted after the commit; `sweepOrphanPhotos` removes what a crash leaves.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { clubs } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { recordStaffAudit } from '@/lib/server/audit/record';
import { clubSubject, requireModeratedClub, requireParticipant } from '@/lib/server/clubs/access';
import * as clock from '@/lib/server/clock';
import { InvalidInputError } from '@/lib/server/errors';
import { consumeRateLimit, limits } from '@/lib/server/rate-limit';
import { deletePhoto, type PhotoBox, photosDir, processPhoto, savePhoto } from './photos';
import type { PhotoUploadOptions } from './own-photo';

/** Wide enough for the page's column on a 2× screen, a third as high. */
export const CLUB_COVER_BOX: PhotoBox = { width: 1200, height: 400 };

export interface ClubCover {
  path: string;
  width: number;
  height: number;
}

/**
 * Checks, re-encodes and stores `bytes` as the cover of club `clubId`, replacing the one before.
 * @throws ForbiddenError unless the actor moderates the club (employers never do);
 *   RateLimitedError past the hourly limit of uploads, shared with profile photos;
 *   InvalidInputError (`photo.<reason>` on `cover`) for a file that is not an acceptable image.
 */
export async function replaceClubCover(
  db: Database,
  actor: Actor,
  clubId: number,
  bytes: Uint8Array,
  { dir = photosDir(), now = clock.now().getTime() }: PhotoUploadOptions = {},
): Promise<ClubCover> {
  requireParticipant(actor);
  // Checked before decoding, which is what costs; checked again where the path is swapped.
  await requireModeratedClub(db, actor, clubId);
  await consumeRateLimit(db, `photo-upload:user:${actor.id}`, limits.photoUploadPerAccount, now);
  const processed = await processPhoto(bytes, CLUB_COVER_BOX);
  if (!processed.ok) throw new InvalidInputError(`photo.${processed.reason}`, 'cover');

  const cover = {
    path: await savePhoto(processed.webp, dir),
    width: processed.width,
    height: processed.height,
  };
  let replaced: string | null;
  try {
    replaced = await db.transaction(async (tx) => {
      const club = await requireModeratedClub(tx, actor, clubId);
      await tx
        .update(clubs)
        .set({ coverPath: cover.path, coverWidth: cover.width, coverHeight: cover.height })
        .where(eq(clubs.id, clubId));
      await recordStaffAudit(tx, {
        ...clubSubject(actor, club),
        action: 'club.cover',
        before: { coverPath: club.coverPath },
        after: { coverPath: cover.path },
      });
      return club.coverPath;
    });
  } catch (error) {
    await deletePhoto(cover.path, dir);
    throw error;
  }
  await deletePhoto(replaced, dir);
  return cover;
}

/** Whether `publicPath` is the cover of an active club: shown to everyone, as the club's page is. */
export async function isPublicClubCover(db: Database, publicPath: string): Promise<boolean> {
  const [club] = await db
    .select({ id: clubs.id })
    .from(clubs)
    .where(and(eq(clubs.coverPath, publicPath), eq(clubs.status, 'active')))
    .limit(1);
  return club !== undefined;
}
