import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { getTranslator } from '@/lib/i18n/translate';
import { vi } from '@/lib/i18n/vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(astro|ts)$/.test(name) ? [path] : [];
  });
}

describe('the vi/en dictionaries', () => {
  it('have the same keys and no empty string', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of [...Object.entries(vi), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
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
  it('fills placeholders and formats numbers for the language', () => {
    expect(getTranslator('vi')('honours.count', { count: 12345 })).toBe('12.345 lượt vinh danh');
    expect(getTranslator('en')('honours.count', { count: 12345 })).toBe('12,345 honours');
    expect(getTranslator('vi')('honours.yearTitle', { year: 2024 })).toBe('Vinh danh năm 2024');
  });
});
