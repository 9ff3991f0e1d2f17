import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEWS_TAGS } from '@/lib/content/news-tags';
import { en } from '@/lib/i18n/en';
import type { Message } from '@/lib/i18n/messages/types';
import { vi } from '@/lib/i18n/vi';

/*
 * The house style of ../shared/language/glossary.md, checked wherever a rule is mechanical: the
 * dictionaries, the content files and the seed's names.
 */

type Text = { where: string; lang: 'vi' | 'en'; text: string };

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const forms = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));
const dictionaryTexts = (lang: 'vi' | 'en', dictionary: Record<string, Message>): Text[] =>
  Object.entries(dictionary).flatMap(([key, message]) =>
    forms(message).map((text) => ({ where: `${lang} ${key}`, lang, text })),
  );
const contentTexts: Text[] = filesUnder('content', /\.mdx?$/).map((path) => ({
  where: path,
  lang: path.includes('/en/') ? 'en' : 'vi',
  text: readFileSync(path, 'utf8'),
}));
const seedTexts: Text[] = filesUnder('scripts/seed', /\.ts$/).map((path) => ({
  where: path,
  lang: 'vi',
  text: readFileSync(path, 'utf8'),
}));

const dictionaries = [...dictionaryTexts('vi', vi), ...dictionaryTexts('en', en)];
const everything = [...dictionaries, ...contentTexts];
const vietnamese = everything.filter((t) => t.lang === 'vi');
const english = everything.filter((t) => t.lang === 'en');

/** Every match of `pattern` in `texts`, with where it is, so a failure names the place to fix. */
function findAll(texts: Text[], pattern: RegExp): string[] {
  return texts.flatMap(({ where, text }) => [...text.matchAll(pattern)].map((m) => `${where}: “${m[0]}”`));
}

/**
 * The modern tone-mark placement: in an open syllable ending in -oa, -oe or -uy (nothing after it),
 * the traditional style marks the first vowel (hóa, khỏe, thủy) and the modern one the last (hoá,
 * khoẻ, thuỷ). Closed syllables (hoàn, khoản, tuyển) mark the last vowel in both styles, and after
 * "q" the "u" belongs to the consonant (quý, quả), so neither is matched.
 */
const MODERN_TONE_MARK = /(?<![qQ])(?:[oO][áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸ]|[uU][ýỳỷỹỵÝỲỶỸỴ])(?![\p{L}\p{M}])/gu;

describe('tone marks', () => {
  it('flag the modern placement and leave traditional spellings alone', () => {
    const flagged = (word: string) => [...word.matchAll(MODERN_TONE_MARK)].length > 0;
    for (const word of ['hoá', 'khoẻ', 'thuỷ', 'toả', 'hoạ', 'huỷ', 'Uỷ ban', 'xoá']) {
      expect(flagged(word), word).toBe(true);
    }
    for (const word of ['hóa', 'khỏe', 'thủy', 'tỏa', 'họa', 'hủy', 'Ủy ban', 'xóa', 'hoàn', 'khoản']) {
      expect(flagged(word), word).toBe(false);
    }
    for (const word of ['tuyển', 'quý', 'quả', 'khuya', 'thuyền', 'ngoài', 'hoặc', 'Thúy']) {
      expect(flagged(word), word).toBe(false);
    }
  });

  it('follow the traditional style in the dictionaries, the content and the seed', () => {
    expect(findAll([...everything, ...seedTexts], MODERN_TONE_MARK)).toEqual([]);
  });
});

describe('dates and spans', () => {
  it('never use the CLDR forms in Vietnamese', () => {
    expect(findAll(vietnamese, /tháng \d{1,2}, \d{4}|\bthg\b/g)).toEqual([]);
  });

  it('zero-pad numeric Vietnamese dates, as Decree 30/2020 asks', () => {
    const dates = /(?<![\d/,.])(\d{1,2})\/(\d{1,2})(?:\/\d{4}|(?= (?:–|và|đến) ))(?![\d/])/g;
    const unpadded = findAll(vietnamese, dates).filter((found) => /“(\d\/|\d+\/\d(\/|”))/.test(found));
    expect(unpadded).toEqual([]);
  });

  it('write a span of years one way: 2022–2030', () => {
    expect(findAll(everything, /(?<![\w-])(?:19|20)\d{2}(?: [–-] ?|-| ?– )(?:19|20)\d{2}(?![\w-])/g)).toEqual(
      [],
    );
  });
});

describe('one term per concept', () => {
  it('confirm an email, verify what officers check', () => {
    expect(
      findAll(vietnamese, /xác minh (địa chỉ )?email|thư xác minh|email[^.]{0,20}(đã|chưa) được xác minh/gi),
    ).toEqual([]);
    expect(
      findAll(
        english,
        /verif\w* (your |the |their |its )?(email|e-mail)|verification email|email[^.]{0,20}verified/gi,
      ),
    ).toEqual([]);
  });

  it('say "Viet Nam" in English, keeping organisations\' own spelling', () => {
    const allowed = 'National Union of Students|Youth Federation|Young Talent Support Fund';
    expect(findAll(english, new RegExp(`\\bVietnam\\b(?! (?:${allowed}))`, 'g'))).toEqual([]);
  });

  it('call a grassroots unit a unit: a "branch" is only a chi đoàn', () => {
    const viByKey = new Map(
      contentTexts
        .filter((t) => t.lang === 'vi')
        .map((t) => [/translationKey: (\S+)/.exec(t.text)?.[1], t.text] as const),
    );
    const branches = contentTexts
      .filter((t) => t.lang === 'en')
      .filter((t) => /Youth Union branch|grassroots[^.]{0,20}branch/i.test(t.text))
      .filter((t) => !viByKey.get(/translationKey: (\S+)/.exec(t.text)?.[1])?.includes('chi đoàn'));
    expect(branches.map((t) => t.where)).toEqual([]);
    expect(
      findAll(
        dictionaries.filter((t) => t.lang === 'en'),
        /Youth Union branch/gi,
      ),
    ).toEqual([]);
  });

  it('name the honours, the network and the organisers as the glossary does', () => {
    expect(findAll(vietnamese, /[Gg]ương mặt (trẻ )?được đề cử/g)).toEqual([]);
    expect(findAll(vietnamese, /Ban Tổ chức Trung ương/g)).toEqual([]);
    expect(findAll(vietnamese, /Mạng lưới tài năng trẻ/g)).toEqual([]);
    expect(findAll(vietnamese, /chủ nhân|Không gian cán bộ|Bổ nhiệm|Hạn chót/g)).toEqual([]);
  });
});

describe('registers', () => {
  it('address employers politely, never as "bạn"', () => {
    const employerTexts = dictionaries.filter((t) => t.lang === 'vi' && t.where.startsWith('vi employer.'));
    expect(employerTexts.length).toBeGreaterThan(5);
    expect(findAll(employerTexts, /\b(của )?bạn\b|\bHãy\b/g)).toEqual([]);
  });
});

describe('news tags', () => {
  it('have a written label in each language, not the slug', () => {
    for (const tag of NEWS_TAGS) {
      for (const label of [vi[`newsTag.${tag}`], en[`newsTag.${tag}`]]) {
        expect(label, tag).toMatch(/^\p{Lu}[\p{L}\p{M} ]+$/u);
      }
    }
    // The slugs drop the diacritics the labels keep.
    expect(vi['newsTag.khoi-nghiep']).toBe('Khởi nghiệp');
  });
});
