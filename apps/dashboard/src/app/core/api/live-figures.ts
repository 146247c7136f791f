/**
 * Sent with the live figures and the quality view. While statements stream
 * in, the API may answer an expensive question with figures computed up to
 * ten minutes ago rather than make the page wait for new ones (ADR 0014);
 * their provenance cut-off says what they count, and the Overview shows it.
 * Other clients, the exports among them, get figures from the facts as they are.
 */
export const LIVE_FIGURES_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'max-stale=600',
};
