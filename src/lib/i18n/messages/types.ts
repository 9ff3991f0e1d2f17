/**
 * A message whose wording depends on a number, one form per plural category of the language
 * (`Intl.PluralRules`): English needs `one` and `other`, Vietnamese only `other`. The number that
 * picks the form is the `count` parameter.
 */
export type PluralMessage = { readonly other: string } & Partial<
  Readonly<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>
>;

export type Message = string | PluralMessage;

/**
 * The other language's half of a messages file: the same keys as the Vietnamese source, plural
 * where the source is plural.
 */
export type Translation<Source> = {
  [Key in keyof Source]: Source[Key] extends string ? string : PluralMessage;
};
