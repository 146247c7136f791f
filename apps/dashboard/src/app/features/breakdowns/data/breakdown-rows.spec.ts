import { convertToParamMap } from '@angular/router';
import { loadInLanguage } from '../../../../testing/load-in-language';
import { readBreakdownChoice } from './breakdown-choice';
import { breakdownRows, cellLabel } from './breakdown-rows';

describe('breakdown rows', () => {
  it('gives each cell its share of the total, and none when the total is 0', () => {
    expect(breakdownRows({ woman: 1, man: 3, unknown: 0 }, 'sex').map((row) => row.share)).toEqual([
      0.25, 0.75, 0,
    ]);
    expect(breakdownRows({ woman: 0, unknown: 0 }, 'sex').map((row) => row.share)).toEqual([
      null,
      null,
    ]);
  });

  it.each([
    ['<25', 'Under 25'],
    ['>54', 'Over 54'],
    ['55+', '55 and over'],
    ['25-54', '25–54'],
    ['other', 'Outside the bands'],
    ['unknown', 'Unknown'],
  ])('reads the age band %s as "%s"', (key, label) => {
    expect(cellLabel('ageBand', key)).toBe(label);
  });

  it('shows a cell nobody foresaw as the API wrote it', () => {
    expect(cellLabel('employment', 'retired')).toBe('retired');
  });

  it('names every code of spec section 5 in the page language', async () => {
    const spanish = await loadInLanguage('es', () => import('./breakdown-rows'));
    const labels = (dimension: 'sex' | 'education' | 'employment', keys: string[]) =>
      keys.map((key) => spanish.cellLabel(dimension, key));

    expect(labels('sex', ['woman', 'man', 'non_binary', 'unknown'])).toEqual([
      'Mujeres',
      'Hombres',
      'Personas no binarias',
      'Desconocido',
    ]);
    expect(labels('education', ['isced0-2', 'isced3-4', 'isced5-8'])).toEqual([
      'CINE 0–2: secundaria obligatoria o menos',
      'CINE 3–4: secundaria postobligatoria y postsecundaria',
      'CINE 5–8: educación superior',
    ]);
    expect(
      labels('employment', ['employed', 'self_employed', 'unemployed', 'inactive', 'student']),
    ).toEqual([
      'Personas ocupadas',
      'Personas autónomas',
      'Personas desempleadas',
      'Personas inactivas',
      'Estudiantes',
    ]);
    expect(spanish.cellLabel('ageBand', '55+')).toBe('55 y más');
    expect(spanish.cellLabel('format', 'instant')).toBe('Curso exprés');
  });

  it('names every English code too', () => {
    expect(['woman', 'man', 'non_binary'].map((key) => cellLabel('sex', key))).toEqual([
      'Women',
      'Men',
      'Non-binary',
    ]);
    expect(
      ['employed', 'self_employed', 'unemployed', 'inactive', 'student'].map((key) =>
        cellLabel('employment', key),
      ),
    ).toEqual(['Employed', 'Self-employed', 'Unemployed', 'Inactive', 'Student']);
    expect(cellLabel('education', 'isced5-8')).toBe('ISCED 5–8: tertiary');
  });
});

describe('breakdown choice in the URL', () => {
  it('defaults to users by sex with the ESF 2014 bands', () => {
    expect(readBreakdownChoice(convertToParamMap({}))).toEqual({
      figure: 'users',
      dimension: 'sex',
      banding: { scheme: 'esf2014' },
    });
  });

  it('falls back to sex when the figure has no such breakdown (users by format)', () => {
    expect(readBreakdownChoice(convertToParamMap({ by: 'format' })).dimension).toBe('sex');
    expect(
      readBreakdownChoice(convertToParamMap({ figure: 'completions', by: 'format' })).dimension,
    ).toBe('format');
  });

  it('passes custom bands on as written, for the API to judge', () => {
    expect(
      readBreakdownChoice(convertToParamMap({ ageScheme: 'custom', ageBands: '40-25' })).banding,
    ).toEqual({ scheme: 'custom', bands: '40-25' });
    expect(readBreakdownChoice(convertToParamMap({ ageScheme: 'custom' })).banding).toEqual({
      scheme: 'custom',
      bands: '',
    });
  });
});
