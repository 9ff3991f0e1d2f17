import type { Database } from '@db/client';
import type { Lang } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/translate';
import { initialsOf } from '@/lib/vietnamese';
import { getTalentProfile } from '@/lib/server/talents/profile';
import { photoNameOf, readPhoto } from '@/lib/server/uploads/photos';
import type { ShareCard } from './share-image';

/**
 * The share card of a talent as anyone may see it: the public profile (never the viewer's own view),
 * so a field, the photo or anything else the talent keeps from the public stays off the picture.
 * Null when the profile is not public.
 */
export async function talentShareCard(
  db: Database,
  slug: string,
  lang: Lang,
  t: Translate,
): Promise<ShareCard | null> {
  const profile = await getTalentProfile(db, slug, null);
  if (!profile) return null;
  const photoName = profile.photoPath ? photoNameOf(profile.photoPath) : null;
  const photo = photoName ? await readPhoto(photoName) : null;
  const [honour] = profile.honours;
  const fields = profile.fields.map((f) => (lang === 'vi' ? f.nameVi : f.nameEn));
  return {
    eyebrow: t('site.name'),
    title: profile.fullName,
    lines: [
      ...(honour ? [honour.title] : []),
      ...(fields.length ? [t('share.fieldsLine', { fields: fields.join(', ') })] : []),
      profile.unitName,
    ],
    ...(photo ? { photo } : { initials: initialsOf(profile.fullName) }),
  };
}
