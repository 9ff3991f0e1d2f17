/**
 * The seed's public surface. The command line lives in scripts/seed-database.ts; this module only exports, so
 * tests and other scripts can seed a database without side effects on import.
 */
export { DatabaseNotEmptyError, isDatabaseEmpty } from './guard';
export {
  CHILD_UNIT_SLUGS,
  FIELD_DEFINITIONS,
  FIELD_SLUGS,
  type FieldSlug,
  ROOT_UNIT_SLUG,
  seedReferenceData,
  UNIT_DEFINITIONS,
  UNIT_SLUGS,
  type UnitSlug,
} from './reference';
export { DEMO_TALENT_COUNT, type DemoSeedCounts, seedDemoData } from './demo';
export * from './examples';
export { seedSyntheticData, type SyntheticSeedCounts, type SyntheticSeedOptions } from './synthetic';
export { FICTIONAL_MARKER } from './bios';
export { SEED_YEAR } from './people';
