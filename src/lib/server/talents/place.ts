import type { PlaceKind } from '@db/schema';
import { InvalidInputError } from '@/lib/server/errors';

/** Where a talent lives: in the province, elsewhere in Viet Nam, or abroad (with a country). */
export interface Place {
  placeKind: PlaceKind;
  placeName: string | null;
  placeCountry: string | null;
}

/**
 * Where a talent lives, made consistent: a country code only abroad (and then required, as the
 * directory groups people abroad by country); blank names stored as null.
 */
export function normalisePlace(
  placeKind: PlaceKind,
  placeName?: string | null,
  placeCountry?: string | null,
): Place {
  const name = placeName?.trim() || null;
  if (placeKind !== 'abroad') return { placeKind, placeName: name, placeCountry: null };
  const country = placeCountry?.trim().toUpperCase() ?? '';
  if (!/^[A-Z]{2}$/.test(country) || country === 'VN') {
    throw new InvalidInputError('profile.countryRequired', 'placeCountry');
  }
  return { placeKind, placeName: name, placeCountry: country };
}
