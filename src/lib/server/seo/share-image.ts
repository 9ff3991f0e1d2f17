import { createHash } from 'node:crypto';
import { join } from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import { SHARE_IMAGE_SIZE } from '@/lib/seo/share-image-path';

/** What a share image shows; every text is already in the reader's language. */
export interface ShareCard {
  /** A small line above the title: the site's name or the article's date. */
  eyebrow: string;
  title: string;
  /** Up to three lines under the title: field, honour, unit. */
  lines: string[];
  /** The photo (any format sharp reads), only when its owner made it public. */
  photo?: Buffer;
  /** Shown in a circle when there is no photo. */
  initials?: string;
}

/** Bump when the drawing changes, so that stored and cached images are drawn again. */
const DRAWING_VERSION = 1;

/**
 * Be Vietnam Pro, shipped in the repository (SIL OFL 1.1, assets/fonts/be-vietnam-pro): the
 * machine's own fonts may lack Vietnamese marks. Pango loads the file itself (sharp's `fontfile`).
 */
const FONT_DIR = join(process.cwd(), 'assets/fonts/be-vietnam-pro');
const FONTS = {
  regular: { file: join(FONT_DIR, 'BeVietnamPro-Regular.ttf'), family: 'Be Vietnam Pro' },
  bold: { file: join(FONT_DIR, 'BeVietnamPro-Bold.ttf'), family: 'Be Vietnam Pro Bold' },
};

const { width: WIDTH, height: HEIGHT } = SHARE_IMAGE_SIZE;
const MARGIN = 72;
const PHOTO = 300;

/** A hash of everything the image is drawn from: its ETag, and the key of the drawn-image cache. */
export function shareCardHash(card: ShareCard): string {
  const hash = createHash('sha256').update(`v${DRAWING_VERSION}\n`);
  hash.update(JSON.stringify([card.eyebrow, card.title, card.lines, card.initials ?? '']));
  if (card.photo) hash.update(card.photo);
  return hash.digest('base64url').slice(0, 22);
}

const escapeMarkup = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One block of text as a transparent PNG at most `width` wide, wrapped by word; with its size. */
export async function drawText(
  text: string,
  { font, size, color, width }: { font: keyof typeof FONTS; size: number; color: string; width: number },
): Promise<{ input: Buffer; width: number; height: number }> {
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${color}" size="${size}pt">${escapeMarkup(text)}</span>`,
      font: FONTS[font].family,
      fontfile: FONTS[font].file,
      width,
      wrap: 'word',
      rgba: true,
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { input: data, width: info.width, height: info.height };
}

/** The photo, or the initials, in a circle with a gold ring. */
async function drawPortrait(card: ShareCard): Promise<Buffer | null> {
  const ring = `<svg xmlns="http://www.w3.org/2000/svg" width="${PHOTO}" height="${PHOTO}">
    <circle cx="${PHOTO / 2}" cy="${PHOTO / 2}" r="${PHOTO / 2 - 4}" fill="#1562c4" stroke="#f2b705" stroke-width="8"/></svg>`;
  if (card.photo) {
    const mask = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${PHOTO}" height="${PHOTO}"><circle cx="${PHOTO / 2}" cy="${PHOTO / 2}" r="${PHOTO / 2 - 8}"/></svg>`,
    );
    const photo = await sharp(card.photo)
      .resize(PHOTO, PHOTO, { fit: 'cover' })
      .composite([{ input: mask, blend: 'dest-in' }])
      .png()
      .toBuffer();
    return sharp(Buffer.from(ring))
      .composite([{ input: photo }])
      .png()
      .toBuffer();
  }
  if (!card.initials) return null;
  const initials = await drawText(card.initials, { font: 'bold', size: 88, color: '#ffffff', width: PHOTO });
  return sharp(Buffer.from(ring))
    .composite([
      {
        input: initials.input,
        top: Math.round((PHOTO - initials.height) / 2),
        left: Math.round((PHOTO - initials.width) / 2),
      },
    ])
    .png()
    .toBuffer();
}

/**
 * Draws a 1200×630 PNG for Open Graph and Twitter cards: the site's blue, the title in bold, a few
 * lines under it and, on the right, the portrait. Text that does not fit is cut at the bottom edge.
 */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const background = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#06326b"/><stop offset="1" stop-color="#0b4ea2"/></linearGradient></defs>
    <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#g)"/>
    <rect x="0" y="${HEIGHT - 16}" width="${WIDTH}" height="16" fill="#f2b705"/></svg>`);
  const portrait = await drawPortrait(card);
  const textWidth = WIDTH - 2 * MARGIN - (portrait ? PHOTO + 48 : 0);
  const blocks = [
    await drawText(card.eyebrow, { font: 'bold', size: 22, color: '#f2b705', width: textWidth }),
    await drawText(card.title, { font: 'bold', size: 50, color: '#ffffff', width: textWidth }),
    ...(await Promise.all(
      card.lines
        .slice(0, 3)
        .map((line) => drawText(line, { font: 'regular', size: 24, color: '#eef4fc', width: textWidth })),
    )),
  ];
  const layers: OverlayOptions[] = [];
  let top = MARGIN;
  const bottom = HEIGHT - MARGIN;
  for (const [index, block] of blocks.entries()) {
    if (top >= bottom) break;
    const visible = Math.min(block.height, bottom - top);
    const input =
      visible < block.height
        ? await sharp(block.input)
            .extract({ left: 0, top: 0, width: block.width, height: visible })
            .toBuffer()
        : block.input;
    layers.push({ input, top, left: MARGIN });
    top += block.height + (index === 0 ? 20 : 16);
  }
  if (portrait) layers.push({ input: portrait, top: (HEIGHT - PHOTO) / 2, left: WIDTH - MARGIN - PHOTO });
  return sharp(background).composite(layers).png({ compressionLevel: 9 }).toBuffer();
}
