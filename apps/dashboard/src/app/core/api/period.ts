/** A closed range of calendar days, as the API takes it (`from`/`to`, YYYY-MM-DD). */
export interface Period {
  readonly from: string;
  readonly to: string;
}

export function yearPeriod(year: number): Period {
  return yearsPeriod(year, year);
}

export function yearsPeriod(firstYear: number, lastYear: number): Period {
  return { from: `${firstYear}-01-01`, to: `${lastYear}-12-31` };
}
