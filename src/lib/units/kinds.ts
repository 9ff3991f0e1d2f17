/** The kinds a unit may be given today; plan-era kinds (city, town, district) exist only as history. */
export const CURRENT_UNIT_KINDS = ['commune', 'ward', 'special_zone', 'school', 'sector'] as const;
export type CurrentUnitKind = (typeof CURRENT_UNIT_KINDS)[number];
