import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMaterialTopic, type Material, searchMaterials } from '@/lib/materials/catalogue';

const material = (
  title: string,
  topic: Material['topic'],
  date: string,
  summary = 'Tóm tắt đủ dài.',
): Material => ({
  title,
  summary,
  topic,
  date: new Date(date),
  file: 'x.pdf',
  lang: 'vi',
});
const all = [
  material('Sổ tay chuyển đổi số', 'digital', '2026-10-15'),
  material('Truyền thống Đoàn', 'civic', '2026-03-20', 'Kể chuyện về Đoàn và đố vui.'),
  material('Tình nguyện hè', 'volunteer', '2026-05-10', 'Hỗ trợ người cao tuổi.'),
];
const titles = (found: Material[]) => found.map((m) => m.title);

describe('searching branch materials', () => {
  it('lists everything newest first without a query', () => {
    expect(titles(searchMaterials(all, { q: '', topic: null }))).toEqual([
      'Sổ tay chuyển đổi số',
      'Tình nguyện hè',
      'Truyền thống Đoàn',
    ]);
  });

  it('matches without tone marks and with đ typed as d, every word, in title or summary', () => {
    expect(titles(searchMaterials(all, { q: 'chuyen doi', topic: null }))).toEqual(['Sổ tay chuyển đổi số']);
    expect(titles(searchMaterials(all, { q: 'DOAN do vui', topic: null }))).toEqual(['Truyền thống Đoàn']);
    expect(titles(searchMaterials(all, { q: 'cao tuổi', topic: null }))).toEqual(['Tình nguyện hè']);
    expect(searchMaterials(all, { q: 'chuyen doi bong da', topic: null })).toEqual([]);
  });

  it('filters by topic, and knows only its topics', () => {
    expect(titles(searchMaterials(all, { q: '', topic: 'civic' }))).toEqual(['Truyền thống Đoàn']);
    expect(searchMaterials(all, { q: 'so tay', topic: 'civic' })).toEqual([]);
    expect(isMaterialTopic('civic')).toBe(true);
    expect(isMaterialTopic('<script>')).toBe(false);
    expect(isMaterialTopic(null)).toBe(false);
  });
});

describe('the shipped materials', () => {
  const entries = ['vi', 'en'].flatMap((lang) =>
    readdirSync(join('content/materials', lang)).map((name) =>
      readFileSync(join('content/materials', lang, name), 'utf8'),
    ),
  );

  it('each name a PDF in public/tai-lieu/ that is a well-formed PDF', () => {
    expect(entries.length).toBeGreaterThanOrEqual(6);
    for (const entry of entries) {
      const file = /^file: (.+)$/m.exec(entry)?.[1];
      const path = join('public/tai-lieu', file ?? '');
      expect(existsSync(path), path).toBe(true);
      const bytes = readFileSync(path);
      const text = bytes.toString('latin1');
      expect(text.startsWith('%PDF-1.')).toBe(true);
      expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
      // The cross-reference table is where `startxref` says, and each object where the table says.
      const xref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
      expect(text.slice(xref, xref + 4)).toBe('xref');
      const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
      offsets.forEach((offset, i) =>
        expect(text.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`.slice(0, 8)),
      );
      expect(bytes.length).toBeLessThan(10_000);
    }
  });

  it('are marked as demo content', () => {
    for (const entry of entries) expect(entry).toMatch(/^demo: true$/m);
  });
});
