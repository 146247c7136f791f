/**
 * How old an answer from before the data last changed a request accepts,
 * in milliseconds, from its `Cache-Control` request directives (RFC 9111,
 * section 5.2.1): `max-stale=N` accepts N seconds, `max-stale` alone any
 * age, and `no-cache` or no directive only the data as it is. A malformed
 * value is ignored, as caches ignore it, so it asks for the latest data.
 */
export function acceptedStalenessMs(cacheControl: string | string[] | undefined): number {
  const directives = [cacheControl ?? []]
    .flat()
    .flatMap((header) => header.split(','))
    .map((directive) => directive.trim().toLowerCase());
  if (directives.includes('no-cache')) return 0;
  let accepted = 0;
  for (const directive of directives) {
    if (directive === 'max-stale') return Number.POSITIVE_INFINITY;
    const seconds = /^max-stale\s*=\s*"?(\d{1,9})"?$/.exec(directive)?.[1];
    if (seconds !== undefined) accepted = Math.max(accepted, Number(seconds) * 1_000);
  }
  return accepted;
}
