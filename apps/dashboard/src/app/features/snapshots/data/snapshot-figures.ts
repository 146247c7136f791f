import { type IndicatorFigures } from '../../../core/api/indicator-figures.model';
import { appLocale } from '../../../core/i18n/language';
import { snapshotsText } from '../snapshots.messages';
import {
  COUNTED_FIGURES,
  RATIO_FIGURES,
  cellLabel,
  cellPath,
  dimensionLabel,
  figureLabel,
  formatValue,
  isCountedValue,
} from './snapshot-values';

/** One value of the frozen answer as a row: `path` names it for evidence. */
export interface FrozenValueRow {
  readonly path: string;
  readonly label: string;
  readonly value: string;
  /** Counted values link to their evidence. */
  readonly counted: boolean;
}

export interface HeadlineRow extends FrozenValueRow {
  /** Change on the same period a year before. */
  readonly growth: string;
}

export interface BreakdownTable {
  /** Unique on the page: element ids and test ids. */
  readonly id: string;
  readonly caption: string;
  readonly dimensionLabel: string;
  readonly rows: readonly FrozenValueRow[];
}

export interface FigureBreakdowns {
  readonly figure: string;
  readonly label: string;
  readonly tables: readonly BreakdownTable[];
}

/** The seven figures of spec section 5, counts first, each with its growth. */
export function headlineRows(view: IndicatorFigures): HeadlineRow[] {
  return [...COUNTED_FIGURES, ...RATIO_FIGURES].map((figure) => ({
    path: figure,
    label: figureLabel(figure),
    value: formatValue(figure, view[figure]),
    growth: formatValue(`growth.${figure}`, view.growth[figure]),
    counted: isCountedValue(figure),
  }));
}

/** Every breakdown of every figure, cells in the API's order (the scheme's own). */
export function breakdownTables(view: IndicatorFigures): FigureBreakdowns[] {
  return Object.entries(view.breakdowns).map(([figure, byDimension]) => ({
    figure,
    label: figureLabel(figure),
    tables: Object.entries(
      byDimension as Readonly<Record<string, Readonly<Record<string, number>>>>,
    ).map(([dimension, cells]) => ({
      id: `${figure}-${dimension}`,
      caption: snapshotsText('snapshots.figures.breakdownCaption', {
        figure: figureLabel(figure),
        dimension: dimensionLabel(dimension).toLocaleLowerCase(appLocale()),
      }),
      dimensionLabel: dimensionLabel(dimension),
      rows: Object.entries(cells).map(([cell, count]) => {
        const path = cellPath(figure, dimension, cell);
        return {
          path,
          label: cellLabel(dimension, cell),
          value: formatValue(path, count),
          counted: true,
        };
      }),
    })),
  }));
}
