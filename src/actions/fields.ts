/**
 * The zod schemas of form fields that several actions share, each with the dictionary key of its
 * error, so a field reads and fails the same way on every form.
 */
import { z } from 'astro/zod';

/** A trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().trim().max(max, { error: 'form.tooLong' });

/** An optional trimmed text; Astro hands an empty form field to the schema as null (undefined only for `.optional()`). */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max, { error: 'form.tooLong' })
    .nullish()
    .transform((value) => (value ?? '').trim());

/** A year as typed in a form; the library checks the rules that depend on it (age, not in the future). */
export const year = z.coerce.number({ error: 'form.required' }).int().min(1900).max(2100);

/** An HTML checkbox: `yes` when ticked, absent otherwise. */
export const checkbox = z.literal('yes').optional();

/** A row's id from a hidden input. */
export const id = z.coerce.number({ error: 'form.required' }).int().positive();

/** An email address, at most the 254 characters an address can have. */
export const email = z.email({ error: 'form.invalidEmail' }).max(254, { error: 'form.tooLong' });
