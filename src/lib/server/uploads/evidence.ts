/**
 * Evidence files backing an achievement: a PDF or an image, checked by its content and size,
 * stored under a random name beside the photos (DATA_DIR/evidence), never under the sender's name.
 * Images are re-encoded (only decoded pixels survive: no EXIF, nothing smuggled after the data);
 * a PDF is kept as sent and only ever served as a download to the officers who decide on it.
 * Award applications may store their evidence through the same functions.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { getConfig } from '@/lib/server/config';
import { detectImageType, MAX_PHOTO_PIXELS } from './photos';

/** Largest evidence file accepted, checked before any decoding. */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
/** Longest side a stored evidence image keeps: a certificate stays legible. */
const EVIDENCE_SIDE = 2000;

export type EvidenceRejection = 'empty' | 'too-large' | 'type' | 'corrupt';
export type CheckedEvidence =
  | { ok: true; bytes: Uint8Array; mediaType: 'application/pdf' | 'image/webp'; extension: 'pdf' | 'webp' }
  | { ok: false; reason: EvidenceRejection };

const EVIDENCE_NAME = /^[a-f0-9]{32}\.(pdf|webp)$/;

/** Whether `bytes` open like a PDF (`%PDF-`) and close like one (`%%EOF` in the last kilobyte). */
function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 5));
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return head === '%PDF-' && tail.includes('%%EOF');
}

/** Checks an uploaded evidence file by its content; images come back re-encoded as WebP. */
export async function checkEvidence(bytes: Uint8Array): Promise<CheckedEvidence> {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, reason: 'too-large' };
  if (isPdf(bytes)) return { ok: true, bytes, mediaType: 'application/pdf', extension: 'pdf' };
  const type = detectImageType(bytes);
  if (!type) return { ok: false, reason: 'type' };
  try {
    const options = { failOn: 'error', limitInputPixels: MAX_PHOTO_PIXELS } as const;
    const meta = await sharp(bytes, options).metadata();
    if (meta.format !== type) return { ok: false, reason: 'type' };
    const webp = await sharp(bytes, options)
      .rotate()
      .resize({ width: EVIDENCE_SIDE, height: EVIDENCE_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer();
    return { ok: true, bytes: new Uint8Array(webp), mediaType: 'image/webp', extension: 'webp' };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

/** Where evidence files are stored: outside public/, served only through an access-checked route. */
export function evidenceDir(): string {
  return join(getConfig().dataDir, 'evidence');
}

/** Stores a checked file under a fresh random name and returns that name. */
export async function saveEvidence(
  file: Extract<CheckedEvidence, { ok: true }>,
  dir: string = evidenceDir(),
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const name = `${randomBytes(16).toString('hex')}.${file.extension}`;
  await writeFile(join(dir, name), file.bytes, { flag: 'wx' });
  return name;
}

/** The stored file called `name`, or null; only names `saveEvidence` makes reach the file system. */
export async function readEvidence(name: string, dir: string = evidenceDir()): Promise<Buffer | null> {
  if (!EVIDENCE_NAME.test(name)) return null;
  try {
    return await readFile(join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
