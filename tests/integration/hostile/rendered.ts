import { existsSync } from 'node:fs';
import { type Browser, chromium } from '@playwright/test';

/** Debian's Chromium, as the Playwright config uses it (no browser download works here). */
export function launchChromium(): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface RenderedInjection {
  /** Whether the stored text is on the page, as text: without it the check below proves nothing. */
  shown: boolean;
  /** Elements or attributes the stored strings would have made, had they been markup. */
  injected: string[];
  pwned: boolean;
}

/** Runs in the page: what of the injected strings became markup. */
export function findInjected(): RenderedInjection {
  const injected: string[] = [];
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const handler = Array.from(element.attributes).find((attribute) => attribute.name.startsWith('on'));
    if (handler) injected.push(`${element.tagName} ${handler.name}`);
  }
  for (const script of Array.from(document.querySelectorAll('script')))
    if (script.textContent?.includes('__pwned')) injected.push('script');
  for (const selector of [
    'img[src="x"]',
    'svg[onload]',
    'a[href^="javascript:" i]',
    'iframe',
    'object',
    'embed',
  ])
    for (const element of Array.from(document.querySelectorAll(selector)))
      injected.push(element.outerHTML.slice(0, 80));
  const pwned = (window as unknown as { __pwned?: number }).__pwned === 1;
  return { shown: document.body.textContent?.includes('window.__pwned=1') ?? false, injected, pwned };
}
