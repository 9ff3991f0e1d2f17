/**
 * Unit choices as every picker offers them: today's units only (history units are never offered
 * for a new choice), grouped by kind in a fixed order, each with the folded text the type-to-filter
 * script matches, so "duc" finds "Bình Đức" and a former name finds the unit that carries it now.
 */
import type { UnitKind } from '@db/schema';
import { compareVietnamese, foldVietnamese } from '@/lib/vietnamese';

export const unitChoiceGroups = ['commune', 'ward', 'special_zone', 'school', 'sector', 'province'] as const;
export type UnitChoiceGroup = (typeof unitChoiceGroups)[number];

export interface UnitChoice {
  value: string;
  label: string;
  /** Name and former names, folded: what the filter compares with the folded query. */
  search: string;
}

export interface UnitChoiceSection {
  group: UnitChoiceGroup;
  choices: UnitChoice[];
}

interface ChoosableUnit {
  id: number;
  name: string;
  kind: UnitKind;
  active: boolean;
  formerNames: string[];
}

/** The group a unit kind is listed under; plan-era kinds belong to no group (history). */
export function unitChoiceGroup(kind: UnitKind): UnitChoiceGroup | null {
  switch (kind) {
    case 'commune':
    case 'ward':
    case 'special_zone':
    case 'school':
    case 'sector':
    case 'province':
      return kind;
    case 'direct':
      return 'sector';
    default:
      return null;
  }
}

/**
 * The sections of a unit picker: active units, grouped, sorted by name within a group, empty groups
 * left out. `include` limits the groups (a talent belongs to a commune, ward, zone, school or sector,
 * never to the province itself).
 */
export function buildUnitChoices(
  rows: readonly ChoosableUnit[],
  include: readonly UnitChoiceGroup[] = unitChoiceGroups,
): UnitChoiceSection[] {
  const sections = new Map<UnitChoiceGroup, UnitChoice[]>(include.map((g) => [g, []]));
  for (const unit of rows) {
    const group = unitChoiceGroup(unit.kind);
    if (!unit.active || group === null) continue;
    sections.get(group)?.push({
      value: String(unit.id),
      label: unit.name,
      search: foldVietnamese([unit.name, ...unit.formerNames].join(' ')),
    });
  }
  return unitChoiceGroups
    .filter((g) => sections.get(g)?.length)
    .map((group) => ({
      group,
      choices: sections.get(group)!.sort((a, b) => compareVietnamese(a.label, b.label)),
    }));
}

/** The groups a talent's own unit is chosen from. */
export const TALENT_UNIT_GROUPS: readonly UnitChoiceGroup[] = [
  'commune',
  'ward',
  'special_zone',
  'school',
  'sector',
];
