import { defineMessages, interpolate } from './messages';

describe('messages', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(interpolate('{n} users in {year}', { n: '23.364', year: 2020 })).toBe(
      '23.364 users in 2020',
    );
    expect(interpolate('Hello {who}', {})).toBe('Hello {who}');
  });

  it('keeps every language of a catalogue', () => {
    const catalogue = defineMessages({ hi: 'Hello' }, { ca: { hi: 'Hola' }, es: { hi: 'Hola' } });
    expect(catalogue).toEqual({ en: { hi: 'Hello' }, ca: { hi: 'Hola' }, es: { hi: 'Hola' } });
  });
});
