/**
 * Where to go after signing in. Only same-app paths are accepted, so that a
 * crafted `?returnUrl=//evil.example` link cannot send a fresh session away.
 */
export function safeReturnUrl(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//')) return '/';
  if (candidate.includes('\\') || candidate.startsWith('/login')) return '/';
  return candidate;
}
