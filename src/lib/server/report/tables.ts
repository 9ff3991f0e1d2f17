import { fieldName } from '@/lib/server/fields';
import { formatNumber } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/languages';
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import { type CountDimension, countDimensions, type HonouredCounts } from '@/lib/targets/counts';

/**
 * A table of the dashboard or the yearly report, as shown and as downloaded: the page, the CSV and
 * the XLSX all write these same cells, so a figure cannot differ between them.
 */
export interface ReportTable {
  /** Stable, for anchors, sheet names and tests. */
  id: string;
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

/** Names for the keys of the counts: units and fields by id. */
export interface CountNames {
  units: ReadonlyMap<string, string>;
  fields: ReadonlyMap<string, { nameVi: string; nameEn: string }>;
}

const dimensionTitles: Record<CountDimension, MessageKey> = {
  unit: 'report.by.unit',
  field: 'report.by.field',
  level: 'report.by.level',
  ageBand: 'report.by.ageBand',
  place: 'report.by.place',
};

function countLabel(dimension: CountDimension, key: string, names: CountNames, t: Translate, lang: Lang) {
  switch (dimension) {
    case 'unit':
      return names.units.get(key) ?? key;
    case 'field': {
      const field = names.fields.get(key);
      return field ? fieldName(field, lang) : key;
    }
    case 'level':
      return t(`level.${key}` as MessageKey);
    case 'ageBand':
      return t('report.age', { band: key });
    case 'place':
      return t(`search.place.${key}` as MessageKey);
  }
}

/**
 * The counts of honoured talents as one table per dimension (a table without rows says so when
 * shown). `skip` leaves dimensions out, e.g. units in a single unit's report.
 */
export function countTables(
  counts: HonouredCounts,
  names: CountNames,
  t: Translate,
  lang: Lang,
  skip: readonly CountDimension[] = [],
): ReportTable[] {
  return countDimensions
    .filter((d) => !skip.includes(d))
    .map((dimension) => ({
      id: `counts-${dimension}`,
      title: t(dimensionTitles[dimension]),
      columns: [t('report.col.dimension'), t('report.count')],
      rows: counts.by[dimension].map(([key, n]) => [countLabel(dimension, key, names, t, lang), n]),
    }));
}

/** The talents honoured each year, as a table. */
export function byYearTable(rows: readonly { year: number; count: number }[], t: Translate): ReportTable {
  return {
    id: 'counts-year',
    title: t('report.by.year'),
    columns: [t('targets.year'), t('report.count')],
    rows: rows.map((r) => [String(r.year), r.count]),
  };
}

/** A cell as the page shows it: numbers in the reader's format, text as it is. */
export function cellText(cell: string | number, lang: Lang): string {
  return typeof cell === 'number' ? formatNumber(lang, cell) : cell;
}
