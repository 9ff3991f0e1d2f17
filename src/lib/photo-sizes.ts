/**
 * Smaller copies of a stored photo. Photos are stored as 512 px squares (room for a share card), but
 * lists show them at 56 CSS px and a profile at 120: sending the full square to every card of a
 * directory page would cost a phone ten times the bytes it shows.
 */

/** The widths served besides the stored square: twice the list avatar's and the profile's side. */
export const PHOTO_WIDTHS = [112, 240] as const;

export type PhotoWidth = (typeof PHOTO_WIDTHS)[number];

const LARGEST_WIDTH: PhotoWidth = 240;

/** The smallest served width that covers `cssSide` pixels on a 2× screen. */
export function photoWidthFor(cssSide: number): PhotoWidth {
  return PHOTO_WIDTHS.find((width) => width >= cssSide * 2) ?? LARGEST_WIDTH;
}

/**
 * The address of a photo's copy at `width`.
 * @example sizedPhotoPath('/anh/0123….webp', 112) // '/anh/0123….webp?w=112'
 */
export function sizedPhotoPath(publicPath: string, width: PhotoWidth): string {
  return `${publicPath}?w=${width}`;
}

/** The `w` query parameter as a served width; null when absent, 'invalid' for any other value. */
export function parsePhotoWidth(value: string | null): PhotoWidth | null | 'invalid' {
  if (value === null) return null;
  return PHOTO_WIDTHS.find((width) => String(width) === value) ?? 'invalid';
}

/** The file name a copy is kept under, next to its photo: `<hex>.w112.webp`. */
export function sizedPhotoName(photoName: string, width: PhotoWidth): string {
  return photoName.replace(/\.webp$/, `.w${width}.webp`);
}
