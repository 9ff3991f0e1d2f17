import { type AgeBand, eligibleBirthYears, isEligibleInYear, PLAN_AGE_BAND } from '@/lib/eligibility';
import type { HonourKind } from '@db/schema/honours';
import type { CallStatus } from './schedule';

/**
 * What the application rules need of an award call, read from its frontmatter by the loader (the
 * content collection is Astro's, the rules are not): the same for both languages of a call.
 */
export interface CallForApplications {
  /** `translationKey` (else the slug): one key for both languages. */
  key: string;
  awardName: string;
  awardYear: number;
  organiser: string;
  status: CallStatus;
  band: AgeBand;
  /** The call refuses a talent who already holds its honour. */
  firstTimeOnly: boolean;
  honourKind: HonourKind;
  /** How many criteria the panel scores. */
  criteriaCount: number;
}

/**
 * The age band an online application must meet: the plan's 16–35 (Decision 1314/QĐ-TTg) and the
 * call's own band, both counted in the award's year.
 * @example applicationBand({ minAge: 8, maxAge: 24 }) // { minAge: 16, maxAge: 24 }
 */
export function applicationBand(callBand: AgeBand): AgeBand {
  return {
    minAge: Math.max(PLAN_AGE_BAND.minAge, callBand.minAge),
    maxAge: Math.min(PLAN_AGE_BAND.maxAge, callBand.maxAge),
  };
}

type AgeRule = Pick<CallForApplications, 'awardYear' | 'band'>;

/** The birth years that may apply to `call`, oldest first. */
export function applicantBirthYears(call: AgeRule): { from: number; to: number } {
  return eligibleBirthYears(call.awardYear, applicationBand(call.band));
}

/** Whether someone born in `birthYear` may apply to `call`, and the birth years that may. */
export function checkApplicantAge(birthYear: number, call: AgeRule) {
  return {
    eligible: isEligibleInYear(birthYear, call.awardYear, applicationBand(call.band)),
    ...applicantBirthYears(call),
  };
}
