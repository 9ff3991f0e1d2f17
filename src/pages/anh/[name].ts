import type { APIRoute } from 'astro';
import { getDb } from '@/lib/server/db';
import { parsePhotoWidth, PHOTO_WIDTHS } from '@/lib/photo-sizes';
import { isPublicClubCover } from '@/lib/server/uploads/club-cover';
import { readSizedPhoto } from '@/lib/server/uploads/sized-photos';
import { canViewPhoto, PHOTO_URL_PREFIX, photoNameOf, readPhoto } from '@/lib/server/uploads/photos';

/**
 * Serves an uploaded talent photo to whoever may see it, and the covers of active clubs to all. A bad name, a photo of no talent, a photo
 * the viewer may not see and a missing file all answer the same 404, so the route never tells
 * whether a hidden photo exists. `?w=112` or `?w=240` asks for a smaller copy (lists and profiles).
 */
export const GET: APIRoute = async ({ params, locals, url }) => {
  const width = parsePhotoWidth(url.searchParams.get('w'));
  if (width === 'invalid') return badWidth();
  const publicPath = `${PHOTO_URL_PREFIX}${params.name ?? ''}`;
  const name = photoNameOf(publicPath);
  if (!name) return notFound();
  // The middleware sets `actor`; until it runs everywhere, a missing one means signed out.
  const db = getDb();
  const visible =
    (await isPublicClubCover(db, publicPath)) || (await canViewPhoto(db, publicPath, locals.actor ?? null));
  if (!visible) return notFound();
  const photo = width === null ? await readPhoto(name) : await readSizedPhoto(name, width);
  if (!photo) return notFound();
  // A copy typed on a plain ArrayBuffer, as BodyInit wants; photos are tens of kilobytes.
  return new Response(new Uint8Array(photo), {
    headers: {
      'Content-Type': 'image/webp',
      'Content-Length': String(photo.byteLength),
      // Private and short: the talent may narrow the photo's audience at any time.
      'Cache-Control': 'private, max-age=3600',
      'Content-Disposition': 'inline',
      'X-Content-Type-Options': 'nosniff',
    },
  });
};

function notFound(): Response {
  return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
}

function badWidth(): Response {
  return new Response(`w must be one of ${PHOTO_WIDTHS.join(', ')}\n`, {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
