/**
 * Removes uploaded files (photos, evidence) that no row points to: left by a crash between writing a
 * file and committing its row, by a deletion whose file removal failed (or whose rows went with a
 * deleted talent), or by older code that lost track of them. Deleted people must not leave their
 * files behind on disk (Law 91/2025/QH15).
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { inArray } from 'drizzle-orm';
import type { Database } from '@db/client';
import { achievementEvidence, applicationEvidence, clubs, talents } from '@db/schema';
import { evidenceDir, isEvidenceFileName } from './evidence';
import { isPhotoFileName, PHOTO_URL_PREFIX } from './photos';

/**
 * Files younger than this are left alone: an upload writes its file before the transaction that
 * references it, and may wait in the decoding queue and for the writer lock in between.
 */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

/** How often a running server sweeps. */
export const SWEEP_INTERVAL_MS = 6 * 60 * 60 * 1000;

/** Paths looked up per query, well under SQLite's limit on bound parameters. */
const CHUNK = 500;

/**
 * Deletes the photos in `dir` that no talent or club references and that were written more than
 * `graceMs` before `now`. Only names the upload code makes are considered, so nothing else that
 * shares the folder is ever touched.
 * @returns how many files were removed
 * @example await sweepOrphanPhotos(db, photosDir(), Date.now())
 */
export async function sweepOrphanPhotos(
  db: Database,
  dir: string,
  now: number,
  graceMs = ORPHAN_GRACE_MS,
): Promise<number> {
  const old = await oldFileNames(dir, now - graceMs, isPhotoFileName);
  const removed = await removeUnreferenced(dir, old, async (names) => {
    const paths = names.map((name) => `${PHOTO_URL_PREFIX}${name}`);
    const [photos, covers] = await Promise.all([
      db.select({ path: talents.photoPath }).from(talents).where(inArray(talents.photoPath, paths)),
      db.select({ path: clubs.coverPath }).from(clubs).where(inArray(clubs.coverPath, paths)),
    ]);
    return [...photos, ...covers].map((row) => (row.path ?? '').slice(PHOTO_URL_PREFIX.length));
  });
  return removed + (await sweepOrphanCopies(dir, now - graceMs));
}

/**
 * Deletes the evidence files no application and no achievement references (both keep theirs in the
 * one evidence folder), once older than `graceMs`.
 * @returns how many files were removed
 */
export async function sweepOrphanEvidence(
  db: Database,
  now: number,
  { dir = evidenceDir(), graceMs = ORPHAN_GRACE_MS } = {},
): Promise<number> {
  const old = await oldFileNames(dir, now - graceMs, isEvidenceFileName);
  return removeUnreferenced(dir, old, async (names) => {
    const [applications, achievements] = await Promise.all([
      db
        .select({ name: applicationEvidence.fileName })
        .from(applicationEvidence)
        .where(inArray(applicationEvidence.fileName, names)),
      db
        .select({ name: achievementEvidence.storedName })
        .from(achievementEvidence)
        .where(inArray(achievementEvidence.storedName, names)),
    ]);
    return [...applications, ...achievements].map((row) => row.name);
  });
}

/** Removes the files `names` in `dir` that `referenced` (asked a chunk at a time) does not name. */
async function removeUnreferenced(
  dir: string,
  names: string[],
  referenced: (chunk: string[]) => Promise<string[]>,
): Promise<number> {
  let removed = 0;
  for (let i = 0; i < names.length; i += CHUNK) {
    const chunk = names.slice(i, i + CHUNK);
    const kept = new Set(await referenced(chunk));
    for (const name of chunk.filter((n) => !kept.has(n))) {
      await rm(join(dir, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}

/** A smaller copy of a photo, or one left half-made by a crash: `<hex>.w112.webp[.<hex>.tmp]`. */
const COPY_NAME = /^([a-f0-9]{32})\.w\d+\.webp(\.[a-f0-9]+\.tmp)?$/;

/**
 * Deletes copies whose photo is gone (deleted while a copy was being made) and unfinished copies,
 * when older than `cutoff`.
 */
async function sweepOrphanCopies(dir: string, cutoff: number): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const photos = new Set(names.filter(isPhotoFileName));
  let removed = 0;
  for (const name of names) {
    const match = COPY_NAME.exec(name);
    if (!match) continue;
    const unfinished = Boolean(match[2]);
    if (!unfinished && photos.has(`${match[1]}.webp`)) continue;
    const info = await stat(join(dir, name)).catch(() => null);
    if (!info || info.mtimeMs > cutoff) continue;
    await rm(join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}

/** The names in `dir` that `isName` accepts, last written at or before `cutoff` (ms); none when there is no folder. */
async function oldFileNames(
  dir: string,
  cutoff: number,
  isName: (name: string) => boolean,
): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isName);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const old: string[] = [];
  for (const name of names) {
    // A file removed meanwhile (its upload replaced, its account deleted) is simply skipped.
    const info = await stat(join(dir, name)).catch(() => null);
    if (info && info.mtimeMs <= cutoff) old.push(name);
  }
  return old;
}
