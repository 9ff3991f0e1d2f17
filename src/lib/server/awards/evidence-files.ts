/**
 * Evidence files of award applications: the limits of one application and the words of its form.
 * Checking, storing and serving the files is the one evidence store's (uploads/evidence.ts).
 */
import type { MessageKey } from '@/lib/i18n/translate';
import { InvalidInputError } from '@/lib/server/errors';
import { checkEvidence, type CheckedEvidence, type EvidenceProblem } from '@/lib/server/uploads/evidence';

/** Files per application: a statement of achievements and a few certificates. */
export const MAX_EVIDENCE_FILES = 5;
/** All of an application's files together: what one request may carry (astro.config.mjs). */
export const MAX_EVIDENCE_TOTAL_BYTES = 10 * 1024 * 1024;

/** The application form's words for a refused file (one of several: "an evidence file is…"). */
const refusals: Record<EvidenceProblem, MessageKey> = {
  empty: 'evidence.empty',
  tooLarge: 'evidence.tooLarge',
  type: 'evidence.type',
  corrupt: 'evidence.corrupt',
  tooManyPixels: 'evidence.tooLarge',
};

/**
 * Checks one uploaded file of an application and returns what to store.
 * @throws InvalidInputError (`evidence.*`, field `files`) for an empty, oversized, unknown or broken file
 */
export async function processEvidenceFile(
  bytes: Uint8Array,
): Promise<Extract<CheckedEvidence, { ok: true }>> {
  const checked = await checkEvidence(bytes);
  if (!checked.ok) throw new InvalidInputError(refusals[checked.problem], 'files');
  return checked;
}
