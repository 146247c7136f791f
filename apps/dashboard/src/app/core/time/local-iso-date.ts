/** YYYY-MM-DD of a moment in the browser's time zone: "today" for a date input. */
export function localIsoDate(moment: Date): string {
  const month = String(moment.getMonth() + 1).padStart(2, '0');
  const day = String(moment.getDate()).padStart(2, '0');
  return `${moment.getFullYear()}-${month}-${day}`;
}
