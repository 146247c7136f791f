// Well-formedness of RFC 5646 language tags (section 2.1 grammar plus the
// 2.2.5 / 2.2.6 rules against repeated variants and extension singletons).
// Subtags are not looked up in the IANA registry: xAPI only requires the
// sequence of subtag lengths and kinds to be right.

const IRREGULAR = [
  'en-gb-oed',
  'i-ami',
  'i-bnn',
  'i-default',
  'i-enochian',
  'i-hak',
  'i-klingon',
  'i-lux',
  'i-mingo',
  'i-navajo',
  'i-pwn',
  'i-tao',
  'i-tay',
  'i-tsu',
  'sgn-be-fr',
  'sgn-be-nl',
  'sgn-ch-de',
];
const REGULAR = [
  'art-lojban',
  'cel-gaulish',
  'no-bok',
  'no-nyn',
  'zh-guoyu',
  'zh-hakka',
  'zh-min',
  'zh-min-nan',
  'zh-xiang',
];
const GRANDFATHERED = new Set([...IRREGULAR, ...REGULAR]);

const SUBTAG = /^[a-z0-9]{1,8}$/;
const LANGUAGE_SHORT = /^[a-z]{2,3}$/;
const LANGUAGE_LONG = /^[a-z]{4,8}$/;
const EXTLANG = /^[a-z]{3}$/;
const SCRIPT = /^[a-z]{4}$/;
const REGION = /^(?:[a-z]{2}|\d{3})$/;
const VARIANT = /^(?:[a-z0-9]{5,8}|\d[a-z0-9]{3})$/;
const SINGLETON = /^[a-wyz0-9]$/;
const EXTENSION_SUBTAG = /^[a-z0-9]{2,8}$/;

/** True when `tag` is a well-formed RFC 5646 language tag (case-insensitive). */
export function isLanguageTag(tag: string): boolean {
  const lower = tag.toLowerCase();
  if (GRANDFATHERED.has(lower)) return true;
  const subtags = lower.split('-');
  if (!subtags.every((subtag) => SUBTAG.test(subtag))) return false;
  if (subtags[0] === 'x') return isPrivateUse(subtags, 0);

  let i = 0;
  const at = (index: number): string => subtags[index] ?? '';
  if (LANGUAGE_SHORT.test(at(i))) {
    i += 1;
    for (let extlangs = 0; extlangs < 3 && EXTLANG.test(at(i)); extlangs += 1) i += 1;
  } else if (LANGUAGE_LONG.test(at(i))) {
    i += 1;
  } else {
    return false;
  }
  if (SCRIPT.test(at(i))) i += 1;
  if (REGION.test(at(i))) i += 1;

  const variants = new Set<string>();
  while (VARIANT.test(at(i))) {
    if (variants.has(at(i))) return false;
    variants.add(at(i));
    i += 1;
  }

  const singletons = new Set<string>();
  while (SINGLETON.test(at(i))) {
    if (singletons.has(at(i))) return false;
    singletons.add(at(i));
    i += 1;
    const start = i;
    while (EXTENSION_SUBTAG.test(at(i))) i += 1;
    if (i === start) return false;
  }

  if (at(i) === 'x') return isPrivateUse(subtags, i);
  return i === subtags.length;
}

/** "x" followed by at least one subtag of 1 to 8 alphanumerics, up to the end. */
function isPrivateUse(subtags: string[], start: number): boolean {
  return subtags.length > start + 1;
}
