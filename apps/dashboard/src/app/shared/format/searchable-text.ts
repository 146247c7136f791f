/** Text to match a search against: case and accents do not matter ("formacio" finds "Formació"). */
export function searchableText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}
