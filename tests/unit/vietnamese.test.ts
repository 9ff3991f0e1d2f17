import { describe, expect, it } from 'vitest';
import {
  compareVietnamese,
  compareVietnameseNames,
  foldVietnamese,
  givenName,
  slugify,
  vietnameseNameKey,
  vietnameseSortKey,
} from '@/lib/vietnamese';

describe('folding Vietnamese text', () => {
  it('removes tone marks and diacritics and maps đ to d', () => {
    expect(foldVietnamese('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(foldVietnamese('ĐƯỜNG Thị Ánh Dương')).toBe('duong thi anh duong');
    expect(foldVietnamese('Chợ Mới, Thoại Sơn, Tịnh Biên')).toBe('cho moi, thoai son, tinh bien');
  });

  it('makes URL slugs', () => {
    expect(slugify('Huyện Đoàn Châu Phú')).toBe('huyen-doan-chau-phu');
    expect(slugify('  Sinh viên 5 tốt!  ')).toBe('sinh-vien-5-tot');
  });
});

describe('Vietnamese sorting', () => {
  it('orders the letters a ă â … d đ … o ô ơ … u ư', () => {
    const letters = ['ư', 'đ', 'â', 'o', 'ơ', 'a', 'd', 'ô', 'ă', 'u'];
    expect([...letters].sort(compareVietnamese)).toEqual(['a', 'ă', 'â', 'd', 'đ', 'o', 'ô', 'ơ', 'u', 'ư']);
  });

  it('sorts people by given name, then by full name', () => {
    expect(givenName('  Nguyễn Thị   Mai ')).toBe('Mai');
    const names = ['Trần Văn Đức', 'Lê Thị An', 'Nguyễn Văn Dũng', 'Phạm Bảo Ân', 'Võ Anh', 'Đặng Minh An'];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      'Đặng Minh An',
      'Lê Thị An',
      'Võ Anh',
      'Phạm Bảo Ân',
      'Nguyễn Văn Dũng',
      'Trần Văn Đức',
    ]);
  });

  it('has sort keys that agree with Intl.Collator("vi")', () => {
    const words = [
      'Ánh',
      'Anh',
      'Ảnh',
      'Ân',
      'Ăn',
      'Dương',
      'Đường',
      'Duong',
      'Đức',
      'Dũng',
      'Ơn',
      'Ôn',
      'On',
      'Ưng',
      'Ung',
      'Hà',
      'Hạ',
      'Hả',
      'Hã',
      'Ha',
      'Há',
      'Thủy',
      'Thúy',
      'Thùy',
      'Thuý',
    ];
    const byKey = [...words].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1));
    expect(byKey).toEqual([...words].sort(compareVietnamese));
    const names = [
      'Trần Văn Đức',
      'Lê Thị An',
      'Nguyễn Văn Dũng',
      'Phạm Bảo Ân',
      'Võ Anh',
      'Đặng Minh An',
      'Lý Ấn',
    ];
    const namesByKey = [...names].sort((a, b) => (vietnameseNameKey(a) < vietnameseNameKey(b) ? -1 : 1));
    expect(namesByKey).toEqual([...names].sort(compareVietnameseNames));
  });
});
