import { describe, expect, it } from 'vitest';
import { returnPathOfPage, safeReturnPath } from '@/lib/return-path';

describe('the return path after sign-in', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeReturnPath('/tai-khoan/ho-so')).toBe('/tai-khoan/ho-so');
    expect(safeReturnPath('/en/search?q=cntt&page=2')).toBe('/en/search?q=cntt&page=2');
    expect(safeReturnPath('/quan-tri#claims')).toBe('/quan-tri#claims');
    expect(safeReturnPath('/tai-nang/nguy%E1%BB%85n')).toBe('/tai-nang/nguy%E1%BB%85n');
  });

  it('refuses an empty value and what is not a path', () => {
    for (const value of [null, undefined, '', 'tai-khoan', 'x'.repeat(10) + '/', '?a=1', '#top'])
      expect(safeReturnPath(value)).toBeNull();
  });

  it('refuses every way to name another site', () => {
    const tricks = [
      '//evil.example',
      '//evil.example/tai-khoan',
      '///evil.example',
      'https://evil.example/',
      'HTTPS://evil.example/',
      'javascript:alert(1)',
      '/\\evil.example',
      '\\\\evil.example',
      '/tai-khoan\\..\\\\evil.example',
      '/%2Fevil.example',
      '/%2f%2fevil.example',
      '%2F%2Fevil.example',
      '/%5Cevil.example',
      '/%5cevil.example',
      '/\tevil.example',
      '/\n/evil.example',
      '/%0A/evil.example',
      '/%E0%A4%A', // not valid percent-encoding
      '/' + 'a'.repeat(2001),
    ];
    for (const value of tricks) expect(safeReturnPath(value), value).toBeNull();
  });
});

describe('the page a sign-in link returns to', () => {
  it('is the path and query shown, without the action of a sent form', () => {
    expect(returnPathOfPage(new URL('http://x/tim-kiem?q=cntt&linh-vuc=tin-hoc'))).toBe(
      '/tim-kiem?q=cntt&linh-vuc=tin-hoc',
    );
    expect(returnPathOfPage(new URL('http://x/tai-nang/an?_action=requestConnection'))).toBe('/tai-nang/an');
    expect(returnPathOfPage(new URL('http://x/en/clubs'))).toBe('/en/clubs');
  });
});
