/**
 * A table of an export as data, before it is a sheet or a CSV file: the same
 * table gives both, so a workbook sheet and its CSV never disagree. The kind
 * of a value decides its Excel number format; CSV writes values unformatted.
 */
export type CellKind =
  /** Words. */
  | 'text'
  /** A whole number without thousands separators (a year, a version). */
  | 'integer'
  /** Persons or pairs counted: thousands separators. */
  | 'count'
  /** A part of a whole, 0..1, shown as a percentage. */
  | 'share'
  /** A ratio such as courses per person: two decimals. */
  | 'ratio'
  /** An amount such as EUR: thousands separators and two decimals. */
  | 'amount'
  /** A relative change, signed percentage. */
  | 'growth'
  /** A calendar date, written `YYYY-MM-DD`. */
  | 'date'
  /** An instant, shown in the reporting time zone. */
  | 'dateTime';

export type CellValue = string | number | Date | null;

/** A value whose kind differs from its column's (a sheet of mixed figures). */
export interface TypedCell {
  readonly kind: CellKind;
  readonly value: CellValue;
}

export type ExportCell = CellValue | TypedCell;

export interface ExportColumn {
  readonly header: string;
  readonly kind: CellKind;
  /** In characters, as Excel counts them. */
  readonly width: number;
}

export interface ExportTable {
  /** The sheet's name (at most 31 characters, Excel's limit). */
  readonly title: string;
  readonly columns: readonly ExportColumn[];
  /** Rows of cells in column order; an async iterable lets a large table stream. */
  readonly rows: Iterable<readonly ExportCell[]> | AsyncIterable<readonly ExportCell[]>;
}

export function typed(kind: CellKind, value: CellValue): TypedCell {
  return { kind, value };
}

export function isTypedCell(cell: ExportCell): cell is TypedCell {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

/** The kind and value of a cell: its own when typed, else its column's. */
export function cellOf(cell: ExportCell, column: Pick<ExportColumn, 'kind'>): TypedCell {
  return isTypedCell(cell) ? cell : { kind: column.kind, value: cell };
}
