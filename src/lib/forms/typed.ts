/**
 * What a form shows in each input: what the person typed when the server refused the form, else the
 * stored value. `typed` is a refused form's body (`FormOutcome.typed`), undefined otherwise.
 */
interface Refusal {
  typed: URLSearchParams | undefined;
}

/** @example value={typedText(outcome, 'shortBio', talent.shortBio)} */
export function typedText(outcome: Refusal, name: string, stored: string | null = ''): string {
  return outcome.typed?.get(name) ?? stored ?? '';
}

/** A checkbox: an unticked box is absent from a form's body, so a refusal without it means unticked. */
export function typedChecked(outcome: Refusal, name: string, stored: boolean): boolean {
  return outcome.typed ? outcome.typed.has(name) : stored;
}

/** The ticked values of a group of checkboxes sharing one name. */
export function typedChoices(outcome: Refusal, name: string, stored: readonly string[]): string[] {
  return outcome.typed ? outcome.typed.getAll(name) : [...stored];
}
