/**
 * The national export's format, version 1: the columns and fields are a contract with the national
 * young-talent database's importers, described by `public/schemas/national-export-v1.json`. Add
 * columns only at the end and never rename one; anything else is a version 2 with a schema of its own.
 */
export const NATIONAL_EXPORT_VERSION = '1.0';

/** Where the JSON Schema of the format is published (the site serves `public/` at its root). */
export const NATIONAL_EXPORT_SCHEMA_PATH = '/schemas/national-export-v1.json';

/** One talent as the national database receives it (JSON). */
export interface NationalTalent {
  /** `AG-` and the talent's id here: stable across exports, never reused. */
  localId: string;
  fullName: string;
  birthYear: number;
  /** Null when the talent keeps it to themselves (their visibility setting is `private`). */
  gender: 'female' | 'male' | 'other' | null;
  unit: { code: string; name: string };
  /** Null when the talent keeps it to themselves. */
  place: {
    kind: 'in_province' | 'elsewhere_vn' | 'abroad';
    name: string | null;
    country: string | null;
  } | null;
  fields: string[];
  /** Verified achievements only. */
  achievements: {
    title: string;
    awardName: string;
    level: string;
    rank: string;
    year: number;
    issuingBody: string;
  }[];
  /** Standing (not revoked) honours of the Provincial Youth Union. */
  honours: { kind: string; title: string; year: number }[];
  /** When the talent agreed to share their profile with the Youth Union (ISO 8601). */
  sharedAt: string;
}

export interface NationalExport {
  $schema: string;
  version: typeof NATIONAL_EXPORT_VERSION;
  generatedAt: string;
  scope: { unitCode: string | null; unitName: string };
  talents: NationalTalent[];
}

/** The CSV columns, in order: one row per talent, lists joined by ` | ` and their parts by ` / `. */
export const NATIONAL_CSV_COLUMNS = [
  'export_version',
  'local_id',
  'full_name',
  'birth_year',
  'gender',
  'unit_code',
  'unit_name',
  'place_kind',
  'place_name',
  'place_country',
  'fields',
  'achievements',
  'honours',
  'shared_at',
] as const;

/** A talent as one CSV row, in {@link NATIONAL_CSV_COLUMNS} order. */
export function nationalCsvRow(talent: NationalTalent): (string | number | null)[] {
  return [
    NATIONAL_EXPORT_VERSION,
    talent.localId,
    talent.fullName,
    talent.birthYear,
    talent.gender,
    talent.unit.code,
    talent.unit.name,
    talent.place?.kind ?? null,
    talent.place?.name ?? null,
    talent.place?.country ?? null,
    talent.fields.join(' | '),
    talent.achievements
      .map((a) => [a.year, a.level, a.title, a.awardName, a.rank, a.issuingBody].join(' / '))
      .join(' | '),
    talent.honours.map((h) => [h.year, h.kind, h.title].join(' / ')).join(' | '),
    talent.sharedAt,
  ];
}
