import { createHash } from 'node:crypto';
import { expect } from '@playwright/test';

/** The directives of a Content-Security-Policy by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

/** The policies that apply to an HTML document: its header's and any in a `<meta http-equiv>`. */
function policiesOf(headerPolicy: string | undefined, html: string): string[] {
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map(
    (match) => match[1]!.replaceAll('&#39;', "'"),
  );
  return [...(headerPolicy ? [headerPolicy] : []), ...metas];
}

/**
 * What every answer must carry, whatever it is (page, error, file, JSON, redirect): a
 * Content-Security-Policy header that forbids framing, `nosniff`, a referrer policy and a
 * permissions policy. An HTML answer may run only scripts its policy names by hash (no
 * `unsafe-inline`, no inline event handlers, every inline script's hash listed); any other answer
 * may run, load and frame nothing.
 */
export function expectSecurityHeaders(what: string, headers: Record<string, string>, body: string): void {
  const policy = headers['content-security-policy'];
  expect(policy, `${what}: Content-Security-Policy`).toBeTruthy();
  expect(directives(policy!).get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
  expect(headers['referrer-policy'], `${what}: Referrer-Policy`).toMatch(
    /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  );
  expect(headers['permissions-policy'], `${what}: Permissions-Policy`).toMatch(/camera=\(\)/);

  if (!headers['content-type']?.startsWith('text/html')) {
    expect(directives(policy!).get('default-src'), `${what}: default-src`).toEqual(["'none'"]);
    return;
  }
  const policies = policiesOf(policy, body).map(directives);
  const scriptPolicies = policies.filter((p) => p.has('script-src') || p.has('default-src'));
  expect(scriptPolicies.length, `${what}: a policy that governs scripts`).toBeGreaterThan(0);
  // Data blocks (`application/ld+json`) are never run, so no policy governs them.
  const inlineScripts = [...body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attributes]) =>
        !/\ssrc=/.test(attributes!) && !/\stype="application\/(ld\+)?json"/.test(attributes!),
    )
    .map((match) => match[2]!)
    .filter((code) => code.trim() !== '');
  for (const scripts of scriptPolicies) {
    const allowed = scripts.get('script-src') ?? scripts.get('default-src')!;
    expect(allowed, `${what}: script-src`).not.toContain("'unsafe-inline'");
    expect(allowed, `${what}: script-src`).not.toContain("'unsafe-eval'");
    for (const code of inlineScripts) {
      const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
      expect(allowed, `${what}: the hash of an inline script`).toContain(hash);
    }
  }
  expect(body, `${what}: inline event handlers`).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
}
