/**
 * The text of an xAPI language map (`{ "en-US": "…", "ca": "…" }`) in the
 * first of `languages` it has, matching `en` with `en-GB` either way round;
 * else its first entry; null when it has none.
 */
export function textInLanguage(
  map: Readonly<Record<string, string>> | null,
  languages: readonly string[],
): string | null {
  if (!map) return null;
  const entries = Object.entries(map).filter(([, text]) => text.trim() !== '');
  for (const wanted of languages.map((language) => language.toLowerCase())) {
    const exact = entries.find(([tag]) => tag.toLowerCase() === wanted);
    if (exact) return exact[1];
    const wantedPrimary = primarySubtag(wanted);
    const related = entries.find(([tag]) => primarySubtag(tag.toLowerCase()) === wantedPrimary);
    if (related) return related[1];
  }
  return entries[0]?.[1] ?? null;
}

function primarySubtag(tag: string): string {
  return tag.split('-')[0] ?? tag;
}
