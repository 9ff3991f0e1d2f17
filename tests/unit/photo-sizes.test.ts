import { describe, expect, it } from 'vitest';
import { parsePhotoWidth, photoWidthFor, sizedPhotoName, sizedPhotoPath } from '@/lib/photo-sizes';

describe('photo sizes', () => {
  it('picks the smallest copy that stays sharp on a 2× screen', () => {
    expect(photoWidthFor(56)).toBe(112);
    expect(photoWidthFor(57)).toBe(240);
    expect(photoWidthFor(120)).toBe(240);
    expect(photoWidthFor(400)).toBe(240);
  });

  it('accepts only the widths it serves', () => {
    expect(parsePhotoWidth(null)).toBeNull();
    expect(parsePhotoWidth('112')).toBe(112);
    expect(parsePhotoWidth('240')).toBe(240);
    for (const bad of ['', '0', '113', '112.0', '0112', '1e3', 'abc'])
      expect(parsePhotoWidth(bad)).toBe('invalid');
  });

  it('names and addresses a copy after its photo', () => {
    const name = `${'a'.repeat(32)}.webp`;
    expect(sizedPhotoName(name, 112)).toBe(`${'a'.repeat(32)}.w112.webp`);
    expect(sizedPhotoPath(`/anh/${name}`, 240)).toBe(`/anh/${name}?w=240`);
  });
});
