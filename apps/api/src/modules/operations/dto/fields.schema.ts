import { z } from 'zod';
import { formatCents, toCents } from '../money.js';

/** Required text, trimmed; `max` keeps a pasted document out of a name field. */
export const requiredText = (max: number) =>
  z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(max, `has at most ${max} characters`);

/** Optional free text; an empty string means none. */
export const optionalText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, `has at most ${max} characters`)
    .nullish()
    .transform((text) => (text ? text : null));

export const isoDate = z.iso.date({
  error: 'must be a date written YYYY-MM-DD, such as 2017-06-30',
});

export const year = z
  .number({ error: 'must be a year such as 2023' })
  .int('must be a year such as 2023')
  .min(2000, 'must be 2000 or later')
  .max(2100, 'must be 2100 or earlier');

const DECIMAL = /^\d{1,12}(\.\d{1,2})?$/;

/**
 * A non-negative decimal with at most two decimals, returned in the canonical
 * form "1573550.00". A string is preferred; a JSON number is accepted when it
 * reads back as such a decimal, so 0.1 + 0.2 sent as a float is refused rather
 * than silently rounded.
 */
export const decimal = (what = 'an amount') => {
  const message = `must be ${what} of at least 0 with at most 2 decimals, such as "1573550.00"`;
  return z
    .union([z.string(), z.number()], { error: message })
    .transform((input) => String(input).trim())
    .pipe(z.string().regex(DECIMAL, message))
    .transform((text) => formatCents(toCents(text)));
};
