import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import UnitSelectComponent from '@/components/forms/UnitSelect.astro';
import { getTranslator } from '@/lib/i18n/translate';
import { buildUnitChoices, TALENT_UNIT_GROUPS } from '@/lib/units/choices';
import type { FormOutcome } from '@/loaders/form-result';
import { listUnits } from '@/lib/server/units/tree';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { seedReferenceData } from '../../scripts/seed';
import type { Unit } from '@db/schema';

// The type-aware linter cannot read .astro modules: the component is named by its runtime type.
const UnitSelect = UnitSelectComponent as AstroComponentFactory;
const noOutcome: FormOutcome<unknown> = { data: undefined, fields: {}, message: undefined, typed: undefined };

let t: TestDatabase;
let units: Unit[];
let container: AstroContainer;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  units = await listUnits(t.db);
  container = await AstroContainer.create();
});
afterAll(() => t.dispose());

async function render(props: Record<string, unknown>, lang: 'vi' | 'en' = 'vi'): Promise<string> {
  return container.renderToString(UnitSelect, {
    props: { name: 'unitId', label: 'Đơn vị', outcome: noOutcome, ...props },
    // The picker reads only the translator from locals.
    locals: { t: getTranslator(lang), lang } as App.Locals,
  });
}

/** The option and optgroup tags of the rendered select, in order. */
function tags(html: string): string[] {
  return [...html.matchAll(/<(optgroup|option)\b[^>]*>/g)].map((m) => m[0]);
}

describe('the unit picker', () => {
  it('offers today’s units grouped by kind, never a history unit nor the province to a talent', async () => {
    const sections = buildUnitChoices(units, TALENT_UNIT_GROUPS);
    expect(sections.map((s) => s.group)).toEqual(['commune', 'ward', 'special_zone', 'school', 'sector']);
    const offered = sections.flatMap((s) => s.choices.map((c) => c.label));
    expect(offered).toContain('Đoàn đặc khu Phú Quốc');
    expect(offered).not.toContain('Huyện Đoàn Chợ Mới');
    expect(offered).not.toContain('Tỉnh Đoàn An Giang');
    // Folded for the filter: tone marks and đ.
    const ward = sections[1]!.choices.find((c) => c.label === 'Đoàn phường Bình Đức')!;
    expect(ward.search).toBe('doan phuong binh duc');

    const html = await render({ sections, required: true });
    const groups = tags(html).filter((tag) => tag.startsWith('<optgroup'));
    expect(groups.map((g) => /label="([^"]*)"/.exec(g)![1])).toEqual([
      'Đoàn xã',
      'Đoàn phường',
      'Đoàn đặc khu',
      'Đoàn trường',
      'Ngành, lực lượng',
    ]);
    expect(html).not.toContain('Huyện Đoàn');
    expect(html).toMatch(/<select[^>]*required/);
  });

  it('selects nothing for the person: a required choice starts on an empty prompt', async () => {
    const sections = buildUnitChoices(units, TALENT_UNIT_GROUPS);
    const options = tags(await render({ sections, required: true }, 'en')).filter((tag) =>
      tag.startsWith('<option'),
    );
    const selected = options.filter((tag) => /\bselected\b/.test(tag));
    expect(selected).toEqual([options[0]]);
    expect(options[0]).toMatch(/value=""/);
    expect(await render({ sections }, 'en')).toContain('— Choose a unit —');
  });

  it('keeps a stored choice, and what was sent when the form is refused', async () => {
    const sections = buildUnitChoices(units, TALENT_UNIT_GROUPS);
    const ward = units.find((u) => u.slug === 'doan-phuong-vinh-te')!;
    const stored = tags(await render({ sections, value: String(ward.id) })).filter((tag) =>
      /\bselected\b/.test(tag),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toContain(`value="${ward.id}"`);

    const zone = units.find((u) => u.slug === 'doan-dac-khu-tho-chau')!;
    const refused = { ...noOutcome, typed: new URLSearchParams({ unitId: String(zone.id) }) };
    const sent = tags(await render({ sections, value: String(ward.id), outcome: refused })).filter((tag) =>
      /\bselected\b/.test(tag),
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain(`value="${zone.id}"`);
  });
});
