import { searchableText } from '../format/searchable-text';

/**
 * Whether a course matches what someone typed: its title, or its id. Every id
 * of a platform starts with the same address, so the id's scheme and host are
 * left out unless the search itself looks like an address ("ex" should find
 * Excel, not every https://lms.example.org/… course).
 */
export function courseMatches(
  course: { readonly id: string; readonly title: string | null },
  query: string,
): boolean {
  const wanted = searchableText(query);
  if (wanted === '') return true;
  if (course.title !== null && searchableText(course.title).includes(wanted)) return true;
  const looksLikeAddress = /[/:]/.test(wanted);
  return searchableText(looksLikeAddress ? course.id : withoutOrigin(course.id)).includes(wanted);
}

function withoutOrigin(id: string): string {
  try {
    const url = new URL(id);
    return url.origin !== 'null' && id.startsWith(url.origin) ? id.slice(url.origin.length) : id;
  } catch {
    return id;
  }
}
