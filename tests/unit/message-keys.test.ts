import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'src/lib/i18n/messages';

describe('the message dictionaries', () => {
  it('define each key in one file only: a second definition would silently replace the first', () => {
    const files = new Map<string, string[]>();
    for (const name of readdirSync(DIR).filter((file) => file.endsWith('.ts'))) {
      const [vietnamese = ''] = readFileSync(join(DIR, name), 'utf8').split('export const en');
      for (const [, key] of vietnamese.matchAll(/^\s*'([\w.-]+)':/gm))
        files.set(key!, [...(files.get(key!) ?? []), name]);
    }
    const twice = [...files]
      .filter(([, where]) => where.length > 1)
      .map(([key, where]) => `${key}: ${where.join(', ')}`);
    expect(twice).toEqual([]);
  });
});
