/**
 * Evidence files of award applications: PDFs and images, checked by their content, never by the
 * name or type the sender claims, and stored like photos, under a random name in the data folder
 * (so every app instance reads the same files; nothing is kept in process memory). Images are
 * re-encoded (only decoded pixels survive: no EXIF position, nothing smuggled after the data);
 * a PDF is kept as sent and always served as a download.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Database } from '@db/client';
import { achievementEvidence, applicationEvidence } from '@db/schema';
import { getConfig } from '@/lib/server/config';
import { InvalidInputError } from '@/lib/server/errors';
import { detectImageType, MAX_PHOTO_PIXELS } from '@/lib/server/uploads/photos';
import { ORPHAN_GRACE_MS } from '@/lib/server/uploads/sweeper';

/** Largest evidence file accepted, checked before anything else. */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
/** Files per application: a statement of achievements and a few certificates. */
export const MAX_EVIDENCE_FILES = 5;
/** All of an application's files together: what one request may carry (astro.config.mjs). */
export const MAX_EVIDENCE_TOTAL_BYTES = 10 * 1024 * 1024;
/** Longest side of a stored evidence image: a certificate stays readable. */
const IMAGE_SIDE = 2000;

const EVIDENCE_NAME = /^[a-f0-9]{32}\.(pdf|webp)$/;

export type EvidenceType = 'pdf' | 'webp';

/** Whether `name` is one {@link saveEvidenceFile} makes. */
export function isEvidenceFileName(name: string): boolean {
  return EVIDENCE_NAME.test(name);
}

export function evidenceDir(): string {
  return join(getConfig().dataDir, 'evidence');
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > PDF_MAGIC.length && PDF_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * Checks one uploaded file and returns what to store: the PDF as sent, or the image re-encoded as
 * WebP within {@link IMAGE_SIDE}.
 * @throws InvalidInputError (`evidence.*`, field `files`) for an empty, oversized, unknown or broken file
 */
export async function processEvidenceFile(bytes: Uint8Array): Promise<{ type: EvidenceType; data: Buffer }> {
  const refuse = (key: 'evidence.empty' | 'evidence.tooLarge' | 'evidence.type' | 'evidence.corrupt') =>
    new InvalidInputError(key, 'files');
  if (bytes.length === 0) throw refuse('evidence.empty');
  if (bytes.length > MAX_EVIDENCE_BYTES) throw refuse('evidence.tooLarge');
  if (isPdf(bytes)) return { type: 'pdf', data: Buffer.from(bytes) };
  const image = detectImageType(bytes);
  if (!image) throw refuse('evidence.type');
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (meta.format !== image || !meta.width || !meta.height) throw refuse('evidence.corrupt');
    if (meta.width * meta.height > MAX_PHOTO_PIXELS) throw refuse('evidence.tooLarge');
    const data = await sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PHOTO_PIXELS })
      .rotate()
      .resize({ width: IMAGE_SIDE, height: IMAGE_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer();
    return { type: 'webp', data };
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw refuse('evidence.corrupt');
  }
}

/** Stores a processed file under a fresh random name and returns that name. */
export async function saveEvidenceFile(
  file: { type: EvidenceType; data: Buffer },
  dir: string = evidenceDir(),
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const name = `${randomBytes(16).toString('hex')}.${file.type}`;
  await writeFile(join(dir, name), file.data, { flag: 'wx' });
  return name;
}

/** The stored file called `name`, or null; only names {@link saveEvidenceFile} makes are looked up. */
export async function readEvidenceFile(name: string, dir: string = evidenceDir()): Promise<Buffer | null> {
  if (!isEvidenceFileName(name)) return null;
  try {
    return await readFile(join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function deleteEvidenceFiles(names: string[], dir: string = evidenceDir()): Promise<void> {
  for (const name of names.filter(isEvidenceFileName)) await rm(join(dir, name), { force: true });
}

/**
 * Deletes evidence files no application and no achievement references any more (its talent's record
 * was deleted, or a crash came between writing the file and committing its row), once older than
 * `graceMs`: deleted people must not leave their files behind (Law 91/2025/QH15). Achievements keep
 * their evidence in the same folder (uploads/evidence.ts), so both tables are asked.
 * @returns how many files were removed
 */
export async function sweepOrphanEvidence(
  db: Database,
  now: number,
  { dir = evidenceDir(), graceMs = ORPHAN_GRACE_MS } = {},
): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isEvidenceFileName);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names) {
    const info = await stat(join(dir, name)).catch(() => null);
    if (!info || info.mtimeMs > now - graceMs) continue;
    const [application, achievement] = await Promise.all([
      db
        .select({ id: applicationEvidence.id })
        .from(applicationEvidence)
        .where(eq(applicationEvidence.fileName, name)),
      db
        .select({ id: achievementEvidence.id })
        .from(achievementEvidence)
        .where(eq(achievementEvidence.storedName, name)),
    ]);
    if (application.length > 0 || achievement.length > 0) continue;
    await rm(join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}
