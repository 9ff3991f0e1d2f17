import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { localeTags } from '@/lib/i18n/languages';
import type { Message } from '@/lib/i18n/messages/types';
import { getTranslator } from '@/lib/i18n/translate';
import { vi } from '@/lib/i18n/vi';

const dictionaries = { vi, en } as Record<'vi' | 'en', Record<string, Message>>;
const forms = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** A plural message may leave the count out of a form ("Other honours"), never another placeholder. */
const namedPlaceholders = (message: Message) =>
  [...new Set(forms(message).flatMap(placeholders))].filter((name) => name !== 'count').sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(astro|ts)$/.test(name) ? [path] : [];
  });
}

describe('the vi/en dictionaries', () => {
  it('have the same keys and no empty string', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, message] of [...Object.entries(vi), ...Object.entries(en)]) {
      for (const text of forms(message)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(namedPlaceholders(en[key]), key).toEqual(namedPlaceholders(vi[key]));
      expect(typeof en[key], key).toBe(typeof vi[key]);
    }
  });

  it('give each plural message exactly the forms its language distinguishes', () => {
    for (const lang of ['vi', 'en'] as const) {
      const categories = new Intl.PluralRules(localeTags[lang]).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(dictionaries[lang])) {
        if (typeof message === 'string') continue;
        expect(Object.keys(message).sort(), `${lang} ${key}`).toEqual([...categories].sort());
      }
    }
  });

  it('put every counted noun in a plural message (no "1 talents")', () => {
    // A count followed by a word is a noun phrase that must agree with the number.
    for (const [key, message] of Object.entries(en)) {
      if (typeof message !== 'string') continue;
      expect(message, key).not.toMatch(/\{(count|days|minutes|pages|total)\} [a-z]/);
    }
  });

  it('hold every key the source asks for', () => {
    const keys = new Set(Object.keys(vi));
    const used = sourceFiles('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)].map((m) => ({ file, key: m[1]! })),
    );
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter(({ key }) => !keys.has(key))).toEqual([]);
    // Keys built from a template literal must exist for every value of their last segment.
    const prefixes = sourceFiles('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)].map((m) => m[1]!),
    );
    for (const prefix of prefixes) {
      expect(
        [...keys].some((key) => key.startsWith(`${prefix}.`)),
        prefix,
      ).toBe(true);
    }
  });
});

describe('getTranslator', () => {
  it('fills placeholders and groups every count the same way as the home page', () => {
    expect(getTranslator('vi')('honours.count', { count: 12345 })).toBe('12.345 lượt vinh danh');
    expect(getTranslator('vi')('search.total', { count: 1234 })).toBe('1.234 tài năng');
    expect(getTranslator('en')('honours.count', { count: 12345 })).toBe('12,345 honours');
    expect(getTranslator('vi')('honours.yearTitle', { year: '2024' })).toBe('Vinh danh năm 2024');
  });

  it('chooses the plural form by the count', () => {
    const en = getTranslator('en');
    expect(en('search.total', { count: 1 })).toBe('1 talent');
    expect(en('search.total', { count: 2 })).toBe('2 talents');
    expect(en('honours.count', { count: 1 })).toBe('1 honour');
    expect(en('awards.daysLeft', { count: 1 })).toBe('1 day left');
    expect(en('awards.daysLeft', { count: 0 })).toBe('0 days left');
    expect(en('form.rateLimited', { count: 1 })).toBe('Too many attempts. Please try again in 1 minute.');
    expect(en('honours.group.other', { count: 1 })).toBe('Other honour');
    expect(en('honours.group.promising_young_face', { count: 3 })).toBe('Promising Young Faces');
    expect(getTranslator('vi')('awards.daysLeft', { count: 1 })).toBe('Còn 1 ngày');
  });
});
