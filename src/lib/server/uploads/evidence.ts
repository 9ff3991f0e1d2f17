/**
 * The one store of evidence files, for achievements (records/evidence.ts) and award applications
 * (awards/evidence-files.ts) alike: a PDF or an image, checked by its content and size, never by the
 * name or type the sender claims, stored under a random name beside the photos (DATA_DIR/evidence)
 * so every app instance reads the same files. Images are re-encoded (only decoded pixels survive: no
 * EXIF position, nothing smuggled after the data); a PDF is kept as sent and only ever served as a
 * download. Which table holds a file and who may read it stays with each domain.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { getConfig } from '@/lib/server/config';
import { detectImageType, MAX_PHOTO_PIXELS } from './photos';

/** Largest evidence file accepted, checked before any decoding. */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
/** Longest side a stored evidence image keeps: a certificate stays legible. */
const EVIDENCE_SIDE = 2000;

/** Why a file is refused; each domain words it for its own form. */
export type EvidenceProblem = 'empty' | 'tooLarge' | 'type' | 'corrupt' | 'tooManyPixels';
export type CheckedEvidence =
  | { ok: true; bytes: Uint8Array; mediaType: 'application/pdf' | 'image/webp'; extension: 'pdf' | 'webp' }
  | { ok: false; problem: EvidenceProblem };

const EVIDENCE_NAME = /^[a-f0-9]{32}\.(pdf|webp)$/;

/** Whether `name` is one {@link saveEvidence} makes: only such names reach the file system. */
export function isEvidenceFileName(name: string): boolean {
  return EVIDENCE_NAME.test(name);
}

/** Whether `bytes` open like a PDF (`%PDF-`) and close like one (`%%EOF` in the last kilobyte). */
function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 5));
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return head === '%PDF-' && tail.includes('%%EOF');
}

/** Checks an uploaded evidence file by its content; images come back re-encoded as WebP. */
export async function checkEvidence(bytes: Uint8Array): Promise<CheckedEvidence> {
  const refuse = (problem: EvidenceProblem) => ({ ok: false, problem }) as const;
  if (bytes.length === 0) return refuse('empty');
  if (bytes.length > MAX_EVIDENCE_BYTES) return refuse('tooLarge');
  if (isPdf(bytes)) return { ok: true, bytes, mediaType: 'application/pdf', extension: 'pdf' };
  const type = detectImageType(bytes);
  if (!type) return refuse('type');
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (meta.format !== type || !meta.width || !meta.height) return refuse('corrupt');
    if (meta.width * meta.height > MAX_PHOTO_PIXELS) return refuse('tooManyPixels');
    const webp = await sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PHOTO_PIXELS })
      .rotate()
      .resize({ width: EVIDENCE_SIDE, height: EVIDENCE_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer();
    return { ok: true, bytes: new Uint8Array(webp), mediaType: 'image/webp', extension: 'webp' };
  } catch {
    return refuse('corrupt');
  }
}

/** Where evidence files are stored: outside public/, served only through access-checked routes. */
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
async function readEvidence(name: string, dir: string = evidenceDir()): Promise<Buffer | null> {
  if (!isEvidenceFileName(name)) return null;
  try {
    return await readFile(join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Removes stored files (a write that failed after saving them); other names are ignored. */
export async function deleteEvidenceFiles(names: string[], dir: string = evidenceDir()): Promise<void> {
  for (const name of names.filter(isEvidenceFileName)) await rm(join(dir, name), { force: true });
}

const notFound = () => new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });

/**
 * The stored file `name` as the answer to its route, once the domain has checked who may read it
 * (null: not readable), offered as `downloadStem` plus its extension. Not readable, a bad name and a
 * missing file all answer the same 404. A PDF is only ever a download, and every file is
 * sandboxed, so nothing in one can run as this site.
 * @example evidenceResponse(row && { name: row.storedName, downloadStem: `minh-chung-${row.id}` })
 */
export async function evidenceResponse(
  file: { name: string; downloadStem: string } | null,
): Promise<Response> {
  const bytes = file && (await readEvidence(file.name));
  if (!file || !bytes) return notFound();
  const pdf = file.name.endsWith('.pdf');
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': pdf ? 'application/pdf' : 'image/webp',
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `${pdf ? 'attachment' : 'inline'}; filename="${file.downloadStem}.${pdf ? 'pdf' : 'webp'}"`,
      'Content-Security-Policy': "sandbox; default-src 'none'; img-src 'self'",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
