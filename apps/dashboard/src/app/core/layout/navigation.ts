import { type PageArea } from '../auth/page-access';

export interface NavigationEntry {
  readonly path: string;
  /** Text key in the core catalogue. */
  readonly label: string;
  readonly area: PageArea;
  /** The figure pages share the filters in the URL, so a link carries them along. */
  readonly carriesFilters: boolean;
  /** Active on its own path only (the overview is the root of everything). */
  readonly exact: boolean;
}

function entry(
  path: string,
  label: string,
  area: PageArea,
  options: Partial<NavigationEntry> = {},
): NavigationEntry {
  return { path, label, area, carriesFilters: false, exact: false, ...options };
}

/** The header's pages, in reading order; each shows only to the roles that may open it. */
export const NAVIGATION: readonly NavigationEntry[] = [
  entry('/', 'nav.overview', 'overview', { exact: true, carriesFilters: true }),
  entry('/trends', 'nav.trends', 'figures', { carriesFilters: true }),
  entry('/breakdowns', 'nav.breakdowns', 'figures', { carriesFilters: true }),
  entry('/courses', 'nav.courses', 'figures', { carriesFilters: true }),
  entry('/operations', 'nav.funding', 'funding'),
  entry('/snapshots', 'nav.snapshots', 'snapshots'),
  entry('/publication', 'nav.publication', 'publication'),
  entry('/quality', 'nav.quality', 'quality'),
  entry('/exports', 'nav.exports', 'exports'),
  entry('/admin', 'nav.admin', 'admin'),
];
