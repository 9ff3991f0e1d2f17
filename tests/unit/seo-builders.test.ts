import { describe, expect, it } from 'vitest';
import { pageLinks } from '@/lib/seo/page-links';
import { robotsTxt } from '@/lib/seo/robots';
import { sitemapIndexXml, sitemapXml } from '@/lib/seo/sitemap';
import { awardCallJsonLd, newsArticleJsonLd, personJsonLd, serializeJsonLd } from '@/lib/seo/structured-data';

const site = new URL('https://tainangtre.angiang.gov.vn');
const talent = { vi: '/tai-nang/nguyen-van-an', en: '/en/talents/nguyen-van-an' };

describe('canonical and hreflang links', () => {
  it('name the page on the public address, both languages and x-default', () => {
    const links = pageLinks('en', talent, site);
    expect(links.canonical).toBe('https://tainangtre.angiang.gov.vn/en/talents/nguyen-van-an');
    expect(links.hreflang).toEqual([
      { hreflang: 'vi', href: 'https://tainangtre.angiang.gov.vn/tai-nang/nguyen-van-an' },
      { hreflang: 'en', href: 'https://tainangtre.angiang.gov.vn/en/talents/nguyen-van-an' },
      { hreflang: 'x-default', href: 'https://tainangtre.angiang.gov.vn/tai-nang/nguyen-van-an' },
    ]);
  });

  it('follow the address they are given, port included', () => {
    expect(pageLinks('vi', talent, new URL('http://localhost:4501')).canonical).toBe(
      'http://localhost:4501/tai-nang/nguyen-van-an',
    );
  });

  it('point an untranslated copy at its original and claim no language pair', () => {
    const article = { vi: '/tin-tuc/le-vinh-danh', en: '/en/news/le-vinh-danh' };
    const links = pageLinks('en', article, site, { translated: false, canonicalLang: 'vi' });
    expect(links).toEqual({
      canonical: 'https://tainangtre.angiang.gov.vn/tin-tuc/le-vinh-danh',
      hreflang: [],
    });
  });
});

describe('sitemaps', () => {
  it('list each language of a translated page with its alternates', () => {
    const xml = sitemapXml(
      [{ alternates: talent, translated: true, lastModified: new Date(Date.UTC(2026, 10, 2)) }],
      site,
    );
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://tainangtre.angiang.gov.vn/en/talents/nguyen-van-an</loc>');
    expect(xml).toContain('<lastmod>2026-11-02T00:00:00.000Z</lastmod>');
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="x-default" href="https://tainangtre.angiang.gov.vn/tai-nang/nguyen-van-an"/>',
    );
  });

  it('list an untranslated page once, in its own language, and escape what XML must', () => {
    const xml = sitemapXml(
      [{ alternates: { vi: '/tin-tuc/a?x=1&y=2', en: '/en/news/a' }, translated: false, lang: 'vi' }],
      site,
    );
    expect(xml.match(/<url>/g)).toHaveLength(1);
    expect(xml).toContain('<loc>https://tainangtre.angiang.gov.vn/tin-tuc/a?x=1&amp;y=2</loc>');
    expect(xml).not.toContain('xhtml:link rel');
  });

  it('are indexed by absolute address', () => {
    expect(sitemapIndexXml(['/sitemap-pages.xml'], site)).toContain(
      '<sitemap><loc>https://tainangtre.angiang.gov.vn/sitemap-pages.xml</loc></sitemap>',
    );
  });

  it('are named by robots.txt, which keeps crawlers out of the API only', () => {
    const robots = robotsTxt(site);
    expect(robots).toContain('Sitemap: https://tainangtre.angiang.gov.vn/sitemap.xml');
    expect(robots).toContain('Disallow: /api/');
    expect(robots).not.toMatch(/Disallow: \/(tai-khoan|dang-nhap)/);
  });
});

describe('JSON-LD', () => {
  it('describes a person with only the facts given, and nothing empty', () => {
    const person = personJsonLd({
      fullName: 'Nguyễn Văn An',
      url: 'https://x.vn/tai-nang/nguyen-van-an',
      unitName: 'Huyện Đoàn Chợ Mới',
      fieldNames: [],
      honourTitles: ['Gương mặt trẻ tiêu biểu 2025'],
    });
    expect(person).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Nguyễn Văn An',
      url: 'https://x.vn/tai-nang/nguyen-van-an',
      memberOf: { '@type': 'Organization', name: 'Huyện Đoàn Chợ Mới' },
      award: ['Gương mặt trẻ tiêu biểu 2025'],
    });
  });

  it('describes an article and an award call', () => {
    const publisher = {
      name: 'Tỉnh Đoàn An Giang',
      url: 'https://x.vn/',
      logoUrl: 'https://x.vn/favicon.svg',
    };
    const article = newsArticleJsonLd({
      headline: 'Lễ vinh danh',
      description: 'Tóm tắt',
      url: 'https://x.vn/tin-tuc/le',
      imageUrl: 'https://x.vn/chia-se/vi/news/le.png',
      datePublished: new Date(Date.UTC(2026, 2, 26)),
      inLanguage: 'vi-VN',
      publisher,
    });
    expect(article).toMatchObject({ '@type': 'NewsArticle', datePublished: '2026-03-26T00:00:00.000Z' });
    const call = awardCallJsonLd({
      name: 'Giải thưởng 15 tháng 10',
      description: 'd',
      url: 'https://x.vn/giai-thuong/a',
      startDate: '2026-09-01T17:00:00.000Z',
      endDate: '2026-10-01T16:59:59.999Z',
      organiser: 'Tỉnh Đoàn An Giang',
      inLanguage: 'vi-VN',
    });
    expect(call).toMatchObject({ '@type': 'Event', organizer: { name: 'Tỉnh Đoàn An Giang' } });
  });

  it('cannot close its script element, whatever a person wrote', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script> & <b>' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & <b>' });
  });
});
