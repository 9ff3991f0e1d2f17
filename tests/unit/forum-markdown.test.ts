import { describe, expect, it } from 'vitest';
import { countLinks, extractMentions, quoteOf, renderMarkdown } from '@/lib/forums/markdown';

const render = (body: string) => renderMarkdown(body, { mentionHref: (slug) => `/tai-nang/${slug}` });

describe('forum Markdown', () => {
  it('escapes every tag typed, so no script or inline handler survives', () => {
    const html = render(
      '<script>alert(1)</script> <img src=x onerror="alert(1)"> <a href="javascript:x">y</a>',
    );
    expect(html).not.toMatch(/<script|<img|<a href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<[a-z][^>]*\sonerror=/i);
  });

  it('makes http(s) links only, with rel="nofollow ugc noopener"', () => {
    expect(render('[trang](https://example.vn/a?b=1&c=2)')).toBe(
      '<p><a href="https://example.vn/a?b=1&amp;c=2" rel="nofollow ugc noopener">trang</a></p>',
    );
    expect(render('xem https://example.vn/x.')).toBe(
      '<p>xem <a href="https://example.vn/x" rel="nofollow ugc noopener">https://example.vn/x</a>.</p>',
    );
    expect(render('[x](javascript:alert(1))')).not.toContain('<a');
    expect(render('[x](https://e.vn/" onmouseover="a)')).not.toMatch(/<a [^>]*onmouseover/);
  });

  it('renders emphasis, code, lists and nested quotes', () => {
    expect(render('**đậm** và *nghiêng* và `<b>`')).toBe(
      '<p><strong>đậm</strong> và <em>nghiêng</em> và <code>&lt;b&gt;</code></p>',
    );
    expect(render('- một\n- hai')).toBe('<ul><li>một</li><li>hai</li></ul>');
    expect(render('> trích\n> > sâu\n\ntrả lời')).toBe(
      '<blockquote><p>trích</p><blockquote><p>sâu</p></blockquote></blockquote><p>trả lời</p>',
    );
    expect(render('```\n<i>x</i>\n```')).toBe('<pre><code>&lt;i&gt;x&lt;/i&gt;</code></pre>');
  });

  it('links mentions to profiles and finds them, but not in addresses or code', () => {
    expect(render('chào @nguyen-van-duc!')).toBe(
      '<p>chào <a href="/tai-nang/nguyen-van-duc">@nguyen-van-duc</a>!</p>',
    );
    expect(extractMentions('@an-1 và ban@mail.vn, `@code`, @an-1 @binh')).toEqual(['an-1', 'binh']);
  });

  it('counts links and quotes a post', () => {
    expect(countLinks('a https://x.vn b http://y.vn/z [c](https://d.vn)')).toBe(3);
    expect(quoteOf('An', 'dòng 1\ndòng 2')).toBe('> **An:**\n> dòng 1\n> dòng 2\n\n');
  });
});
