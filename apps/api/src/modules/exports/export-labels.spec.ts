import { describe, expect, it } from '@jest/globals';
import { EDUCATION_CELLS, EMPLOYMENT_CELLS, FORMAT_CELLS, SEX_CELLS } from '@fita/metrics';
import {
  EXPORT_LABELS,
  ageSchemeLabel,
  categoryLabel,
  exportLabel,
  type ExportLabelKey,
} from './export-labels.js';

describe('export labels', () => {
  it('has a text for every key in every language', () => {
    for (const labels of Object.values(EXPORT_LABELS)) {
      for (const text of Object.values(labels)) expect(text.trim()).not.toBe('');
    }
  });

  it('speaks Catalan and Spanish, not English under another name', () => {
    const keys = Object.keys(EXPORT_LABELS.en) as ExportLabelKey[];
    const translated = (language: 'ca' | 'es') =>
      keys.filter((key) => EXPORT_LABELS[language][key] !== EXPORT_LABELS.en[key]).length;
    // Some words are the same (Total, MOOC, Eurostat, formats of dates); most are not.
    expect(translated('ca')).toBeGreaterThan(keys.length * 0.8);
    expect(translated('es')).toBeGreaterThan(keys.length * 0.8);
    expect(
      keys.filter((key) => EXPORT_LABELS.ca[key] === EXPORT_LABELS.es[key]).length,
    ).toBeLessThan(keys.length * 0.3);
  });

  it('keeps sheet names within Excel’s 31 characters', () => {
    for (const labels of Object.values(EXPORT_LABELS)) {
      for (const [key, text] of Object.entries(labels)) {
        if (key.startsWith('sheet.')) expect(text.length).toBeLessThanOrEqual(31);
      }
    }
  });

  it('names every fixed breakdown cell in words, unknown included', () => {
    const fixed = [
      ['sex', SEX_CELLS],
      ['education', EDUCATION_CELLS],
      ['employment', EMPLOYMENT_CELLS],
      ['format', FORMAT_CELLS],
    ] as const;
    for (const language of ['ca', 'es', 'en'] as const) {
      for (const [dimension, cells] of fixed) {
        for (const cell of cells) expect(categoryLabel(language, dimension, cell)).not.toBe(cell);
      }
    }
    expect(categoryLabel('ca', 'sex', 'unknown')).toBe('Desconegut');
    expect(categoryLabel('es', 'format', 'uncatalogued')).toBe('Sin catalogar');
  });

  it('writes age bands and residences as they are, and the cell outside custom bands in words', () => {
    expect(categoryLabel('en', 'ageBand', '25-54')).toBe('25-54');
    expect(categoryLabel('en', 'ageBand', 'other')).toBe('Outside the bands');
    expect(categoryLabel('ca', 'residence', 'Barcelona · Sant Martí')).toBe(
      'Barcelona · Sant Martí',
    );
    expect(categoryLabel('es', 'residence', 'unknown')).toBe('Desconocido');
  });

  it('fills placeholders', () => {
    expect(exportLabel('ca', 'manager.title', { from: '2020-01-01', to: '2020-12-31' })).toBe(
      'Llibre de gestió de Fita, del 2020-01-01 al 2020-12-31',
    );
    expect(ageSchemeLabel('es', 'esfplus')).toBe('FSE+ 2021–2027');
  });
});
