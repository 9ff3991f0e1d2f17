import { fieldName } from '@/lib/server/fields';
import { formatDate, formatFormalDate, formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/languages';
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import type { UnitYearFigures } from '@/lib/targets/compute';
import { type CountDimension, countDimensions, type HonouredCounts } from '@/lib/targets/counts';
import type { TargetKey } from '@/lib/targets/thresholds';
import type { YearlyReport } from './yearly';

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

const targetTitles: Record<TargetKey, MessageKey> = {
  nurtured: 'targets.nurtured',
  unitsUpdated: 'targets.unitsUpdated',
  leadsTrained: 'targets.leadsTrained',
  officersTrained: 'targets.officersTrained',
};

/** The targets of a unit (or the province) in a year: part, whole, share, threshold and verdict. */
export function targetsTable(figures: UnitYearFigures, t: Translate, lang: Lang): ReportTable {
  const verdict = (met: boolean | null) =>
    met === null ? t('targets.noData') : t(met ? 'targets.met' : 'targets.notMet');
  const held = (done: boolean) => t(done ? 'report.activityHeld' : 'report.noActivity');
  return {
    id: 'targets',
    title: t('report.section.targets'),
    columns: [
      t('report.col.target'),
      t('report.col.part'),
      t('report.col.whole'),
      t('report.col.share'),
      t('report.col.threshold'),
      t('report.col.verdict'),
    ],
    rows: [
      ...figures.targets.map((f) => [
        t(targetTitles[f.key]),
        f.share.part,
        f.share.whole,
        f.share.value === null ? t('targets.noData') : formatPercent(lang, f.share.value),
        formatPercent(lang, f.threshold),
        verdict(f.met),
      ]),
      [t('targets.civic'), '', '', held(figures.civicActivity), '', verdict(figures.civicActivity)],
      [
        t('targets.inspiration'),
        '',
        '',
        held(figures.inspirationActivity),
        '',
        verdict(figures.inspirationActivity),
      ],
    ],
  };
}

/**
 * Every table of the yearly report, in the document's order: the targets, the counts of honoured
 * talents (by unit only for the province), then the lists behind them.
 */
export function yearlyReportTables(report: YearlyReport, t: Translate, lang: Lang): ReportTable[] {
  const counts = countTables(report.counts, report.names, t, lang, report.unit ? ['unit'] : []);
  return [
    targetsTable(report.figures, t, lang),
    ...counts.map((table) => ({ ...table, title: `${t('report.section.counts')}: ${table.title}` })),
    {
      id: 'honoured',
      title: t('report.section.honoured'),
      columns: [t('report.col.name'), t('report.col.unit'), t('report.col.honour'), t('report.col.nurtured')],
      rows: report.honoured.map((h) => [
        h.fullName,
        h.unitName,
        h.titles,
        t(h.nurtured ? 'report.yes' : 'report.no'),
      ]),
    },
    {
      id: 'activities',
      title: t('report.section.activities'),
      columns: [
        t('report.col.date'),
        t('report.col.activity'),
        t('report.col.kind'),
        t('report.col.unit'),
        t('report.col.participants'),
      ],
      rows: report.activities.map((a) => [
        formatDate('vi', a.heldOn),
        a.title,
        t(`activities.kind.${a.kind}`),
        a.unitName,
        a.participants,
      ]),
    },
  ];
}

/** The document's heading blocks and title, as the page prints them and the files begin with. */
export interface ReportHeading {
  /** The issuing body (top left): the province's Executive Committee, or the province above a unit's. */
  left: string[];
  /** The Youth Union's name (top right, underlined) and the place and date. */
  right: string[];
  title: string;
  subtitle: string;
  scope: string;
}

/**
 * The headings of a yearly report dated `today`, after the Youth Union's rules for
 * its documents: the issuing body and its number at the left, the Union's name and the place and
 * date at the right (An Giang time), then the kind of document and its summary.
 */
export function reportHeading(report: YearlyReport, t: Translate, lang: Lang, today: Date): ReportHeading {
  const issuer = report.unit
    ? [t('report.heading.provinceParent'), `BCH ${report.unit.name.toLocaleUpperCase('vi')}`]
    : [t('report.heading.province')];
  return {
    left: [...issuer, '***', t('report.docNumber')],
    right: [t('report.heading.union'), t('report.docPlace', { date: formatFormalDate(lang, today) })],
    title: t('report.docTitle'),
    subtitle: t('report.docSubtitle', { year: String(report.year) }),
    scope: t('report.docScope', { unit: report.unit?.name ?? t('report.province') }),
  };
}

/** The heading as the first lines of a downloaded file. */
export function headingLines(heading: ReportHeading): string[] {
  return [
    ...heading.left.filter((l) => l !== '***'),
    ...heading.right,
    heading.title,
    heading.subtitle,
    heading.scope,
  ];
}
