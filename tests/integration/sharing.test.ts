import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { talents } from '@db/schema';
import { getTranslator } from '@/lib/i18n/translate';
import { talentShareCard } from '@/lib/server/seo/share-cards';
import { drawText, renderShareImage, shareCardHash } from '@/lib/server/seo/share-image';
import { getShareImage } from '@/lib/server/seo/share-image-store';
import { countPublicTalents, listPublicTalents } from '@/lib/server/seo/sitemap-talents';
import { copySeededDatabase, type TestDatabase } from '../support/database';
import { changeTalent } from '../support/talents';

let t: TestDatabase;
beforeAll(() => {
  t = copySeededDatabase();
});
afterAll(() => t.dispose());

/** A listed talent of the demo world whose profile, fields and photo are all public. */
async function publicTalent(offset = 0) {
  const everyone = await t.db.select().from(talents).where(eq(talents.status, 'honoured'));
  const shown = everyone.filter(
    (row) => row.visibility.profile === 'public' && row.visibility.fields === 'public',
  );
  expect(shown.length).toBeGreaterThan(offset);
  return shown[offset]!;
}

const allPublicSlugs = async () => {
  const total = await countPublicTalents(t.db);
  return (await listPublicTalents(t.db, 1, total + 10)).map((row) => row.slug);
};

describe('the sitemap of talents', () => {
  it('lists every public profile once and no hidden one', async () => {
    const visible = await publicTalent();
    const hidden = await publicTalent(1);
    await changeTalent(t.db, hidden.id, { visibility: { ...hidden.visibility, profile: 'members' } });
    const drafted = await publicTalent(2);
    await changeTalent(t.db, drafted.id, { status: 'draft' });

    const slugs = await allPublicSlugs();
    expect(slugs).toContain(visible.slug);
    expect(slugs).not.toContain(hidden.slug);
    expect(slugs).not.toContain(drafted.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.length).toBe(await countPublicTalents(t.db));
  });

  it('pages without overlap or gap', async () => {
    const all = await allPublicSlugs();
    const pages = [1, 2, 3].map((n) => listPublicTalents(t.db, n, Math.ceil(all.length / 3)));
    expect((await Promise.all(pages)).flat().map((r) => r.slug)).toEqual(all);
  });
});

describe('a talent share card', () => {
  const vi = getTranslator('vi');

  it('shows the public name, field, honour and unit', async () => {
    const talent = await publicTalent(3);
    const card = await talentShareCard(t.db, talent.slug, 'vi', vi);
    expect(card?.title).toBe(talent.fullName);
    expect(card?.lines.some((line) => line.startsWith('Lĩnh vực: '))).toBe(true);
    expect(card?.lines.length).toBe(3);
  });

  it('leaves out what the talent keeps from the public, and a hidden profile has none', async () => {
    const talent = await publicTalent(4);
    await changeTalent(t.db, talent.id, {
      photoPath: '/anh/abcdefabcdefabcdefabcdefabcdefab.webp',
      visibility: { ...talent.visibility, fields: 'members', photo: 'members' },
    });
    const card = await talentShareCard(t.db, talent.slug, 'en', getTranslator('en'));
    expect(card?.lines.some((line) => line.startsWith('Fields: '))).toBe(false);
    expect(card?.photo).toBeUndefined();
    expect(card?.initials).toMatch(/^\p{Lu}{1,2}$/u);

    await changeTalent(t.db, talent.id, { visibility: { ...talent.visibility, profile: 'private' } });
    expect(await talentShareCard(t.db, talent.slug, 'vi', vi)).toBeNull();
  });
});

describe('a share image', () => {
  const card = {
    eyebrow: 'Mạng lưới Tài năng trẻ An Giang',
    title: 'Nguyễn Thị Ánh Tuyết',
    lines: ['Gương mặt trẻ tiêu biểu tỉnh An Giang năm 2026', 'Lĩnh vực: Tin học – Lập trình'],
    initials: 'NT',
  };

  it('is a 1200×630 PNG', async () => {
    const png = await renderShareImage(card);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('draws Vietnamese marks as marks on their letter, not as boxes for missing glyphs', async () => {
    // The inked box of a letter: a mark above and one below make it taller, not wider; a font
    // without the glyph draws a box with its code point in hex, far wider than one letter.
    const inked = async (text: string) => {
      const { input } = await drawText(text, { font: 'bold', size: 80, color: '#000000', width: 600 });
      return sharp(input)
        .trim()
        .toBuffer({ resolveWithObject: true })
        .then(({ info }) => info);
    };
    for (const [marked, plain] of [
      ['ặ', 'a'],
      ['ỡ', 'o'],
      ['Ự', 'U'],
      ['đ', 'd'],
    ] as const) {
      const [m, p] = await Promise.all([inked(marked), inked(plain)]);
      expect(m.width, `${marked} as wide as ${plain}`).toBeLessThan(p.width * 1.4);
      expect(m.height, `${marked} at least as tall as ${plain}`).toBeGreaterThanOrEqual(p.height);
    }
    const [withBoth, plainA] = await Promise.all([inked('ặ'), inked('a')]);
    expect(withBoth.height).toBeGreaterThan(plainA.height * 1.5);
  });

  it('is drawn once per content: the same card gives the same bytes, a change a new hash', async () => {
    const first = await getShareImage(card);
    const again = await getShareImage({ ...card });
    expect(again.png).toBe(first.png);
    expect(shareCardHash({ ...card, title: 'Nguyễn Thị Ánh' })).not.toBe(first.hash);
  });
});
