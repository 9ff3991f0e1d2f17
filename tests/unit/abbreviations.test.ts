import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneWaySynonyms, synonymGroups } from '@/lib/search/synonyms';
import { searchWords } from '@/lib/search/text';

/** Abbreviations the site names that are not things a talent is searched by, and why. */
const NOT_SEARCH_TERMS: Record<string, string> = {
  VND: 'a currency, in prize amounts',
  PNG: 'a photo format',
  JPEG: 'a photo format',
  EXIF: 'photo metadata',
  MB: 'a file size',
  KB: 'a file size',
  PDF: 'an evidence file format',
  JSON: 'the data export format',
  SMTP: 'mail configuration',
  RSS: 'feeds',
  VI: 'a language code',
  EN: 'a language code',
  JP: 'a country code example',
  GMT: 'a time zone',
  HR: 'employers’ staff, in a news story',
  B1: 'a language certificate level',
  URL: 'a web address',
  IP: 'network addresses, in the privacy notice',
  GPS: 'location data the site does not collect, in the privacy notice',
  NĐ: 'a decree number (Nghị định …/NĐ-CP), in the privacy notice',
  CP: 'a decree number (…/NĐ-CP), in the privacy notice',
  QĐ: 'a decision number (…/QĐ-TTg)',
  QH15: 'a law number (…/QH15), in the privacy notice',
  VNUS: 'the students’ association’s English abbreviation, in English prose; awards are found by their names',
  QR: 'the check-in code',
  CSV: 'an import and report file format',
  XLSX: 'an import and report file format',
  UTF: 'a text encoding (UTF-8), in import messages',
  ID: 'a talent’s number, in import headings',
  BC: 'a report number (Số …-BC/TĐTN)',
  TĐTN: 'a report number (Số …-BC/TĐTN)',
  BCH: 'an executive committee (Ban Chấp hành), in report headings',
  II: 'a section number of the yearly report',
  III: 'a section number of the yearly report',
  IV: 'a section number of the yearly report',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|md|mdx)$/.test(name) ? [path] : [];
  });
}

/**
 * A quoted text with no lower-case letter, such as a report's headings ("ĐOÀN TNCS HỒ CHÍ MINH"):
 * official documents set these in capitals (Decree 30/2020/NĐ-CP), so they are words, not
 * abbreviations.
 */
const CAPITALISED_HEADING = /'[^'\p{Ll}\n]*\p{Lu}[^'\p{Ll}\n]*'/gu;

/** Upper-case words of two or more letters or digits in the UI strings and the content. */
function abbreviationsOnTheSite(): Set<string> {
  const found = new Set<string>();
  for (const file of [...files('src/lib/i18n/messages'), ...files('content')]) {
    const text = readFileSync(file, 'utf8').replace(CAPITALISED_HEADING, "''");
    for (const match of text.matchAll(/(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}\p{N}]+(?![\p{L}\p{N}])/gu)) {
      if (/\p{L}/u.test(match[0]) && match[0].length <= 8) found.add(match[0]);
    }
  }
  return found;
}

describe('abbreviations named on the site', () => {
  it('are all known to the search (the contract suite checks each group), or are not search terms', () => {
    const searchable = new Set(
      [...synonymGroups.flat(), ...Object.keys(oneWaySynonyms)].map((term) => searchWords(term).join(' ')),
    );
    const unknown = [...abbreviationsOnTheSite()].filter(
      (word) => !searchable.has(searchWords(word).join(' ')) && !(word in NOT_SEARCH_TERMS),
    );
    expect(unknown).toEqual([]);
  });

  it('include the ones the search hint promises', () => {
    const found = abbreviationsOnTheSite();
    for (const word of ['CNTT', 'QCV', 'SV5T', 'GMTTB', 'IT']) expect(found).toContain(word);
  });
});
