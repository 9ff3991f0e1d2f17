import { createWorkQueue } from '@/lib/server/work-queue';
import { renderShareImage, type ShareCard, shareCardHash } from './share-image';

/** Drawn images kept in memory, most recently used last: about 60 KB each. */
const MAX_IMAGES = 64;
const drawn = new Map<string, Promise<Buffer>>();
/** One drawing at a time: a crawler asking for many profiles' images must not take every core. */
const drawing = createWorkQueue(1);

/**
 * The PNG of a card with its content hash. Drawing takes tens of milliseconds, so an image is drawn
 * once per content and kept (least recently used out first); a changed card has another hash.
 */
export async function getShareImage(card: ShareCard): Promise<{ png: Buffer; hash: string }> {
  const hash = shareCardHash(card);
  let png = drawn.get(hash);
  if (png) drawn.delete(hash);
  else png = drawing.run(() => renderShareImage(card));
  drawn.set(hash, png);
  if (drawn.size > MAX_IMAGES) drawn.delete(drawn.keys().next().value!);
  try {
    return { png: await png, hash };
  } catch (error) {
    drawn.delete(hash);
    throw error;
  }
}
